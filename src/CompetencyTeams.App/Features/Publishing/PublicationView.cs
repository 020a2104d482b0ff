using CompetencyTeams.App.Features.Summaries;

namespace CompetencyTeams.App.Features.Publishing;

/// <summary>
/// What the tab shows of a team's SharePoint publication. <see cref="State"/>: none, pending (queued or being written:
/// the worker records outcomes only), done (with <see cref="Link"/>), failed (with <see cref="FailureReason"/>, and
/// <see cref="WillRetry"/> when another attempt is planned).
/// </summary>
public sealed record PublicationView(
    string CampaignId,
    string TeamId,
    string State,
    string? RequestedBy,
    DateTimeOffset? RequestedAt,
    DateTimeOffset? CompletedAt,
    int Attempts,
    string? Link,
    int ItemsWritten,
    string? FailureReason,
    bool WillRetry,
    DateTimeOffset? RetryAt)
{
    public static PublicationView None(string campaignId, string teamId) => new(campaignId, teamId, "none", null, null, null, 0, null, 0, null, false, null);

    public static PublicationView Of(PublicationStatus s) => new(
        s.CampaignId,
        s.TeamId,
        s.State switch
        {
            PublicationState.Done => "done",
            PublicationState.Failed => "failed",
            _ => "pending",
        },
        s.RequestedBy,
        s.RequestedAt,
        s.CompletedAt,
        s.Attempts,
        s.ItemUrl,
        s.ItemsWritten,
        s.FailureReason,
        s.WillRetry,
        s.RetryAt);
}
