using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>
/// What HR does to a campaign (the tab's API calls these): create, change, schedule, launch now, remind now, extend the
/// deadline, close, cancel, retry the failed. Every change goes through the domain's rules and is saved under the
/// version HR read (a stale version gives <see cref="ConcurrencyConflictException"/>, nothing written).
/// </summary>
public sealed class CampaignCommands(
    ICampaignRepository campaigns,
    IAssignmentRepository assignments,
    CampaignSteps steps,
    CampaignRecipients recipients,
    DeliveryEnqueuer enqueuer,
    TimeProvider clock)
{
    public async Task<Versioned<Campaign>> CreateAsync(Campaign draft, CancellationToken cancellationToken)
    {
        var version = await campaigns.SaveAsync(draft, null, cancellationToken);
        return new Versioned<Campaign>(draft, version);
    }

    /// <summary>Any domain change (rename, dates, audience, reminders, extend deadline, schedule, unschedule…) under the version HR read.</summary>
    public async Task<Versioned<Campaign>> ChangeAsync(string campaignId, string expectedVersion, Func<Campaign, Campaign> change, CancellationToken cancellationToken)
    {
        var current = await campaigns.GetAsync(campaignId, cancellationToken) ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
        if (current.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException($"Campaign {campaignId} was changed since it was read; reload it.");
        }

        var changed = change(current.Value);
        return new Versioned<Campaign>(changed, await campaigns.SaveAsync(changed, current.Version, cancellationToken));
    }

    public Task<Versioned<Campaign>> ScheduleAsync(string campaignId, string expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(campaignId, expectedVersion, c => c.Schedule(clock), cancellationToken);

    public Task<Versioned<Campaign>> ExtendDeadlineAsync(string campaignId, string expectedVersion, DateTimeOffset deadline, CancellationToken cancellationToken) =>
        ChangeAsync(campaignId, expectedVersion, c => c.ExtendDeadline(deadline, clock), cancellationToken);

    public Task<Versioned<Campaign>> CancelAsync(string campaignId, string expectedVersion, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(campaignId, expectedVersion, c => c.Cancel(reason, clock), cancellationToken);

    /// <summary>Launches a scheduled campaign now, before its opening (the domain opens it now). False when it is not scheduled.</summary>
    public async Task<bool> LaunchNowAsync(string campaignId, CancellationToken cancellationToken)
    {
        var current = await campaigns.GetAsync(campaignId, cancellationToken) ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
        if (current.Value.Status != CampaignStatus.Scheduled)
        {
            throw new DomainRuleException("campaign.invalid-transition", $"Campaign {campaignId} is {current.Value.Status}: only a scheduled campaign can be launched.");
        }

        return await steps.LaunchAsync(campaignId, cancellationToken);
    }

    /// <summary>An extra reminder now to the non-submitters of a running campaign; its key records the minute it was asked.</summary>
    public async Task<string> RemindNowAsync(string campaignId, CancellationToken cancellationToken)
    {
        await EnsureRunningAsync(campaignId, cancellationToken);
        var key = "manual-" + clock.GetUtcNow().ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
        await steps.RemindAsync(campaignId, key, cancellationToken);
        return key;
    }

    /// <summary>Closes a running campaign now (closing notices included).</summary>
    public async Task<bool> CloseNowAsync(string campaignId, CancellationToken cancellationToken)
    {
        await EnsureRunningAsync(campaignId, cancellationToken);
        return await steps.CloseAsync(campaignId, cancellationToken);
    }

    /// <summary>Puts every failed or unreachable invitation back to pending and enqueues it; returns how many.</summary>
    public async Task<int> RetryFailedAsync(string campaignId, CancellationToken cancellationToken)
    {
        await EnsureRunningAsync(campaignId, cancellationToken);
        var retried = new List<string>();
        foreach (var state in new[] { DeliveryState.Failed, DeliveryState.Unreachable })
        {
            foreach (var assignment in await recipients.InStateAsync(campaignId, state, cancellationToken))
            {
                var read = await assignments.GetAsync(campaignId, assignment.PersonId, cancellationToken);
                if (read?.Value.State is DeliveryState.Failed or DeliveryState.Unreachable)
                {
                    await assignments.SaveAsync(read.Value.ResetForRetry(), read.Version, cancellationToken);
                    retried.Add(assignment.PersonId);
                }
            }
        }

        await enqueuer.EnqueueAsync(campaignId, DeliveryKind.Invitation, null, retried, cancellationToken);
        return retried.Count;
    }

    private async Task EnsureRunningAsync(string campaignId, CancellationToken cancellationToken)
    {
        var current = await campaigns.GetAsync(campaignId, cancellationToken) ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
        if (current.Value.Status != CampaignStatus.Running)
        {
            throw new DomainRuleException("campaign.invalid-transition", $"Campaign {campaignId} is {current.Value.Status}: this needs a running campaign.");
        }
    }
}
