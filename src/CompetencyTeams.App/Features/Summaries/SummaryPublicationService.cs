using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Queues;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>
/// Asks for SharePoint publications (the tab, and the campaign closing) and reports their state. Requests only record
/// the state and queue a message: the writing happens in <see cref="SummaryPublicationWorker"/>, never in the caller.
/// </summary>
public sealed class SummaryPublicationService(
    PublicationStatusStore statuses,
    WorkQueues queues,
    IAssignmentRepository assignments,
    SharePointAvailability sharePoint,
    TimeProvider clock)
{
    public const string QueueName = "summary-publication";
    public const string MessageKind = "publish-team-summary";
    public const string CampaignClosedRequester = "system:campaign-closed";

    /// <summary>Queues the publication of one team's summary; returns the pending state (or failed, when SharePoint is not configured).</summary>
    public async Task<PublicationStatus> RequestPublicationAsync(string campaignId, string teamId, string requestedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        var now = clock.GetUtcNow();
        var request = new PublicationRequest(campaignId, teamId, Guid.NewGuid().ToString("N"), 1);
        var status = new PublicationStatus(campaignId, teamId, PublicationState.Pending, request.RequestId) { RequestedBy = requestedBy, RequestedAt = now };
        if (!sharePoint.IsConfigured)
        {
            status = status with { State = PublicationState.Failed, FailureReason = SharePointAvailability.NotConfiguredReason };
        }

        await SaveLatestAsync(status, cancellationToken);
        if (sharePoint.IsConfigured)
        {
            await queues.Get(QueueName).EnqueueAsync(MessageKind, request, cancellationToken: cancellationToken);
        }

        return status;
    }

    /// <summary>Queues every team of the campaign's audience (called when a campaign closes); returns the teams queued.</summary>
    public async Task<IReadOnlyList<string>> RequestCampaignPublicationAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var teams = new SortedSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await assignments.ListAsync(campaignId, token, cancellationToken);
            foreach (var assignment in page.Items)
            {
                if (assignment.Value.TeamId is { } team)
                {
                    teams.Add(team);
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        foreach (var team in teams)
        {
            await RequestPublicationAsync(campaignId, team, CampaignClosedRequester, cancellationToken);
        }

        return [.. teams];
    }

    public async Task<PublicationStatus?> GetPublicationStatusAsync(string campaignId, string teamId, CancellationToken cancellationToken = default) =>
        (await statuses.GetAsync(campaignId, teamId, cancellationToken))?.Value;

    public Task<IReadOnlyList<PublicationStatus>> ListPublicationStatusAsync(string campaignId, CancellationToken cancellationToken = default) =>
        statuses.ListForCampaignAsync(campaignId, cancellationToken);

    // The newest request wins: a concurrent writer (another request, or the worker) makes us re-read and write again.
    private async Task SaveLatestAsync(PublicationStatus status, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await statuses.GetAsync(status.CampaignId, status.TeamId, cancellationToken);
            try
            {
                await statuses.SaveAsync(status, current?.Version, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
                // Re-read and overwrite: this request is the latest.
            }
        }
    }
}
