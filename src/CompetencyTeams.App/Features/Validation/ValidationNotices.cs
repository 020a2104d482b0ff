using CompetencyTeams.App.Features.Delivery;

namespace CompetencyTeams.App.Features.Validation;

/// <summary>
/// Tells agents in Teams that their manager validated their self-assessment: a card through the delivery queue (its
/// rate budget, retries and once-per-person claim). The validation is saved first and stands on its own: when the
/// queue is unreachable the notice is logged as not sent rather than failing the manager's action.
/// </summary>
public sealed partial class ValidationNotices(DeliveryEnqueuer enqueuer, ILogger<ValidationNotices> logger)
{
    public async Task NotifyAsync(string campaignId, IReadOnlyList<string> personIds, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return;
        }

        try
        {
            await enqueuer.EnqueueAsync(campaignId, DeliveryKind.Validated, null, personIds, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotQueued(logger, personIds.Count, campaignId, ex.Message);
        }
    }

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Validation notice for {Count} people of campaign {CampaignId} not queued: {Reason}")]
    private static partial void LogNotQueued(ILogger logger, int count, string campaignId, string reason);
}
