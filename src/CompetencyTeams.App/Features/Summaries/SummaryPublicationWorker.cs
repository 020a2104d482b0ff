using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.SharePoint;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>
/// Consumes the publication queue one team at a time: computes the summary, writes it to SharePoint (upserts keyed by
/// our ids, so a repeated message rewrites the same items), and records the state. Transient failures are retried with
/// a growing delay by queuing the next attempt; permanent ones (permission, missing list, bad data) stop with the reason.
/// </summary>
public sealed class SummaryPublicationWorker(
    WorkQueues queues,
    StorageInitializer storage,
    PublicationStatusStore statuses,
    TeamSummaryService summaries,
    ISharePointListWriter writer,
    IOptions<SummariesOptions> options,
    TimeProvider clock,
    ILogger<SummaryPublicationWorker> logger) : BackgroundService
{
    private SummariesOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await storage.Ready.WaitAsync(stoppingToken);
        var queue = queues.Get(SummaryPublicationService.QueueName);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var messages = await queue.ReceiveAsync(1, Settings.LeaseDuration, stoppingToken);
                if (messages.Count == 0)
                {
                    await Task.Delay(Settings.PollInterval, clock, stoppingToken);
                    continue;
                }

                await ProcessAsync(queue, messages[0], stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                SummariesLog.WorkerError(logger, ex);
                await Task.Delay(Settings.PollInterval, clock, stoppingToken);
            }
        }
    }

    public async Task ProcessAsync(WorkQueueClient queue, ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(message);
        var request = message.PayloadAs<PublicationRequest>();
        var current = await statuses.GetAsync(request.CampaignId, request.TeamId, cancellationToken);
        if (current is null || current.Value.RequestId != request.RequestId || current.Value.State == PublicationState.Done)
        {
            SummariesLog.Skipped(logger, request.CampaignId, request.TeamId, request.RequestId);
            await queue.DeleteAsync(message, cancellationToken);
            return;
        }

        var status = current.Value with { Attempts = request.Attempt };
        try
        {
            var context = await summaries.ComputeAsync(request.CampaignId, request.TeamId, cancellationToken);
            var result = await writer.PublishTeamSummaryAsync(SummaryPublicationMapper.Map(context, TabLink(request)), cancellationToken);
            await SaveIfLatestAsync(status with
            {
                State = PublicationState.Done,
                CompletedAt = clock.GetUtcNow(),
                ItemUrl = result.SummaryItemUrl,
                ItemsWritten = result.ItemsWritten,
                FailureReason = null,
                RetryAt = null,
            }, current.Version, cancellationToken);
            SummariesLog.Published(logger, request.CampaignId, request.TeamId, result.ItemsWritten);
        }
        catch (SharePointPublicationException ex) when (ex.IsTransient && request.Attempt < Settings.MaxAttempts)
        {
            var delay = Settings.RetryDelay(request.Attempt);
            delay = ex.RetryAfter is { } after && after > delay ? after : delay;
            await queue.EnqueueAsync(SummaryPublicationService.MessageKind, request with { Attempt = request.Attempt + 1 }, delay, cancellationToken);
            await SaveIfLatestAsync(status with { State = PublicationState.Failed, FailureReason = ex.Message, RetryAt = clock.GetUtcNow() + delay }, current.Version, cancellationToken);
            SummariesLog.WillRetry(logger, request.CampaignId, request.TeamId, request.Attempt, delay, ex.Message);
        }
        catch (Exception ex) when (ex is SharePointPublicationException or DomainRuleException or ArgumentException)
        {
            await SaveIfLatestAsync(status with { State = PublicationState.Failed, FailureReason = ex.Message, RetryAt = null }, current.Version, cancellationToken);
            SummariesLog.GaveUp(logger, request.CampaignId, request.TeamId, request.Attempt, ex.Message);
        }

        await queue.DeleteAsync(message, cancellationToken);
    }

    // A newer request changed the row meanwhile: its own message will publish and report; this run's outcome is stale.
    private async Task SaveIfLatestAsync(PublicationStatus status, string version, CancellationToken cancellationToken)
    {
        try
        {
            await statuses.SaveAsync(status, version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            SummariesLog.Skipped(logger, status.CampaignId, status.TeamId, status.RequestId);
        }
    }

    private Uri? TabLink(PublicationRequest request) =>
        string.IsNullOrWhiteSpace(Settings.TabLinkTemplate)
            ? null
            : new Uri(Settings.TabLinkTemplate
                .Replace("{campaignId}", Uri.EscapeDataString(request.CampaignId), StringComparison.Ordinal)
                .Replace("{teamId}", Uri.EscapeDataString(request.TeamId), StringComparison.Ordinal));
}
