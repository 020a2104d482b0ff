using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>
/// The three things the scheduler does to a campaign, each claimed as a step so that only one instance does it and a
/// restart finishes it: launch (freeze the audience, save the running campaign, enqueue invitations), a reminder
/// (enqueue it to non-submitters) and close (enqueue closing notices, save the closed campaign).
/// </summary>
public sealed partial class CampaignSteps(
    ICampaignRepository campaigns,
    IAssignmentRepository assignments,
    AudienceResolver audiences,
    CampaignRecipients recipients,
    CampaignStepTable steps,
    DeliveryEnqueuer enqueuer,
    DeliveryInstance instance,
    IOptions<CampaignsOptions> options,
    TimeProvider clock,
    ILogger<CampaignSteps> logger,
    Summaries.SummaryPublicationService? publications = null)
{
    public const string LaunchStep = "launch";
    public const string CloseStep = "close";
    private const int FirstFreezeChunk = 99;

    public static string ReminderStep(string key) => "reminder|" + key;

    /// <summary>Launches (or finishes launching) the campaign; false when another instance holds the step or it is done.</summary>
    public async Task<bool> LaunchAsync(string campaignId, CancellationToken cancellationToken)
    {
        if (await steps.TryClaimAsync(campaignId, LaunchStep, instance.Id, options.Value.StepLease, cancellationToken) is not { } step)
        {
            return false;
        }

        var campaign = await campaigns.GetAsync(campaignId, cancellationToken);
        var launching = campaign?.Value.Status == CampaignStatus.Scheduled;
        if (campaign is null || (!launching && campaign.Value.Status != CampaignStatus.Running))
        {
            await steps.CompleteAsync(step, cancellationToken);
            return false;
        }

        (int People, int Messages) invited;
        try
        {
            (step, invited) = await FreezeAsync(campaign, step, launching, cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            Log.LaunchRefused(logger, campaignId, ex.Message);
            await steps.ReleaseAsync(step, cancellationToken);
            return false;
        }

        if (!launching)
        {
            // A launch interrupted after the campaign was saved running: everyone still pending is invited (again; the
            // assignment rows make a second message for one person harmless).
            var pending = await recipients.InStateAsync(campaignId, DeliveryState.Pending, cancellationToken);
            invited = (pending.Count, await enqueuer.EnqueueAsync(campaignId, DeliveryKind.Invitation, null, [.. pending.Select(a => a.PersonId)], cancellationToken));
        }

        await steps.CompleteAsync(step, cancellationToken);
        Log.Launched(logger, campaignId, invited.People, invited.Messages);
        return true;
    }

    /// <summary>Enqueues one reminder to the non-submitters; false when it was already done or is being done.</summary>
    public async Task<bool> RemindAsync(string campaignId, string reminderKey, CancellationToken cancellationToken)
    {
        if (await steps.TryClaimAsync(campaignId, ReminderStep(reminderKey), instance.Id, options.Value.StepLease, cancellationToken) is not { } step)
        {
            return false;
        }

        var people = await recipients.NonSubmittersAsync(campaignId, cancellationToken);
        await enqueuer.EnqueueAsync(campaignId, DeliveryKind.Reminder, reminderKey, people, cancellationToken);
        await steps.CompleteAsync(step, cancellationToken);
        Log.Reminded(logger, campaignId, reminderKey, people.Count);
        return true;
    }

    /// <summary>Enqueues the closing notices, then saves the campaign closed (in that order, so a crash loses no notice).</summary>
    public async Task<bool> CloseAsync(string campaignId, CancellationToken cancellationToken)
    {
        if (await steps.TryClaimAsync(campaignId, CloseStep, instance.Id, options.Value.StepLease, cancellationToken) is not { } step)
        {
            return false;
        }

        var delivered = await recipients.InStateAsync(campaignId, DeliveryState.Delivered, cancellationToken);
        await enqueuer.EnqueueAsync(campaignId, DeliveryKind.Closing, null, [.. delivered.Select(a => a.PersonId)], cancellationToken);
        var closed = await SaveWithRetryAsync(campaignId, c => c.Status == CampaignStatus.Running ? c.Close(clock) : null, cancellationToken);
        await (publications?.RequestCampaignPublicationAsync(campaignId, cancellationToken) ?? Task.CompletedTask);
        await steps.CompleteAsync(step, cancellationToken);
        Log.Closed(logger, campaignId, delivered.Count, closed);
        return true;
    }

    /// <summary>
    /// Resolves and freezes the audience chunk by chunk. A launch first saves the campaign running (Launch checks the
    /// deadline, before anything is frozen) and enqueues each chunk's invitations as soon as it is frozen, so the first
    /// cards leave while the rest is frozen; a finishing launch only adds whoever is missing.
    /// </summary>
    private async Task<(CampaignStep Step, (int People, int Messages) Invited)> FreezeAsync(Versioned<Campaign> campaign, CampaignStep step, bool launch, CancellationToken cancellationToken)
    {
        var people = await audiences.ResolveAsync(campaign.Value.Audience, cancellationToken);
        if (launch && !await SaveWithRetryAsync(campaign.Value.Id, c => c.Status == CampaignStatus.Scheduled ? c.Launch(people.Count, clock) : null, cancellationToken))
        {
            return (step, (0, 0));
        }

        var (invited, messages) = (0, 0);
        // In id order, so each message's people are neighbours in the assignments table (one range read per message);
        // a small first chunk lets the first cards leave within moments of the launch.
        var ordered = people.OrderBy(p => p.ObjectId, StringComparer.Ordinal).ToList();
        var first = Math.Min(FirstFreezeChunk, options.Value.FreezeChunkSize);
        foreach (var chunk in ordered.Take(first).Chunk(first).Concat(ordered.Skip(first).Chunk(options.Value.FreezeChunkSize)))
        {
            var frozen = chunk.Select(p => Assignment.Create(campaign.Value.Id, p.ObjectId, p.TeamId, p.ManagerId, p.ProfileId)).ToList();
            await assignments.AddMissingAsync(campaign.Value.Id, frozen, cancellationToken);
            if (launch)
            {
                messages += await enqueuer.EnqueueAsync(campaign.Value.Id, DeliveryKind.Invitation, null, [.. chunk.Select(p => p.ObjectId)], cancellationToken);
                invited += chunk.Length;
            }

            step = await steps.RenewAsync(step, options.Value.StepLease, cancellationToken);
        }

        return (step, (invited, messages));
    }

    /// <summary>Applies a change under the campaign's ETag, re-reading on conflict (HR may edit meanwhile); false when the change no longer applies.</summary>
    private async Task<bool> SaveWithRetryAsync(string campaignId, Func<Campaign, Campaign?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var current = await campaigns.GetAsync(campaignId, cancellationToken);
            if (current is null || change(current.Value) is not { } changed)
            {
                return false;
            }

            try
            {
                await campaigns.SaveAsync(changed, current.Version, cancellationToken);
                return true;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
                // Someone changed the campaign since it was read: apply the change to what is there now.
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Campaign {CampaignId} launched: {Pending} invitations in {Messages} messages")]
        public static partial void Launched(ILogger logger, string campaignId, int pending, int messages);

        [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Campaign {CampaignId} cannot launch: {Reason}")]
        public static partial void LaunchRefused(ILogger logger, string campaignId, string reason);

        [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "Campaign {CampaignId}: reminder {Key} to {People} people")]
        public static partial void Reminded(ILogger logger, string campaignId, string key, int people);

        [LoggerMessage(EventId = 8004, Level = LogLevel.Information, Message = "Campaign {CampaignId} closing: {People} notices, saved closed {Closed}")]
        public static partial void Closed(ILogger logger, string campaignId, int people, bool closed);
    }
}
