using CompetencyTeams.Domain.Campaigns;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>
/// The scheduler: on every tick of a <see cref="PeriodicTimer"/> driven by the <see cref="TimeProvider"/>, it reads
/// the scheduled and running campaigns and does what is due — launch at the opening, the latest due reminder, close at
/// the deadline. All state is in tables (campaign rows and step rows), so a restart picks up where it stopped and any
/// number of instances may run it.
/// </summary>
public sealed partial class CampaignScheduler(
    ICampaignRepository campaigns,
    CampaignSteps steps,
    CampaignStepTable stepTable,
    IOptions<CampaignsOptions> options,
    TimeProvider clock,
    ILogger<CampaignScheduler> logger) : BackgroundService
{
    /// <summary>One pass over the active campaigns (public for tests and for "run now").</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        foreach (var campaign in await campaigns.ListActiveAsync(cancellationToken))
        {
            try
            {
                await ActOnAsync(campaign.Value, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.CampaignFailed(logger, campaign.Value.Id, ex.Message);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.TickFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ActOnAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (campaign.Status == CampaignStatus.Scheduled)
        {
            if (now >= campaign.OpensAt)
            {
                await steps.LaunchAsync(campaign.Id, cancellationToken);
            }

            return;
        }

        if (campaign.Status != CampaignStatus.Running)
        {
            return;
        }

        // A launch interrupted after the campaign was saved running still has invitations to enqueue.
        if (await stepTable.GetAsync(campaign.Id, CampaignSteps.LaunchStep, cancellationToken) is not { Done: true })
        {
            await steps.LaunchAsync(campaign.Id, cancellationToken);
        }

        if (now >= campaign.Deadline)
        {
            await steps.CloseAsync(campaign.Id, cancellationToken);
            return;
        }

        // Only the latest due reminder goes out: after downtime, people get one reminder, not a burst of stale ones.
        var due = campaign.ReminderSchedule().LastOrDefault(slot => slot.At <= now);
        if (due is not null)
        {
            await steps.RemindAsync(campaign.Id, due.Key, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8011, Level = LogLevel.Warning, Message = "Scheduler could not act on campaign {CampaignId}: {Reason}")]
        public static partial void CampaignFailed(ILogger logger, string campaignId, string reason);

        [LoggerMessage(EventId = 8012, Level = LogLevel.Warning, Message = "Scheduler tick failed: {Reason}")]
        public static partial void TickFailed(ILogger logger, string reason);
    }
}
