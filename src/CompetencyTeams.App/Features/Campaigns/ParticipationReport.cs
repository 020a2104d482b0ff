using CompetencyTeams.Domain.Campaigns;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>One person in the participation report.</summary>
public sealed record ParticipationRow(string PersonId, string? TeamId, string? ManagerId, ParticipationState State, DeliveryFailureReason? FailureReason, string? LastError, int Attempts);

/// <summary>Counts per state (every person in exactly one), failures by reason, and the rows that match the filter.</summary>
public sealed record ParticipationSummary(
    string CampaignId,
    int Total,
    IReadOnlyDictionary<ParticipationState, int> ByState,
    IReadOnlyDictionary<DeliveryFailureReason, int> FailedByReason,
    IReadOnlyList<ParticipationRow> Rows);

/// <summary>Filters of the participation list (null: any).</summary>
public sealed record ParticipationFilter(ParticipationState? State = null, string? TeamId = null, DeliveryFailureReason? FailureReason = null);

/// <summary>The participation of a campaign, from its assignments (delivery) and assessments (answers).</summary>
public sealed class ParticipationReport(CampaignRecipients recipients)
{
    public async Task<ParticipationSummary> GetAsync(string campaignId, ParticipationFilter? filter, CancellationToken cancellationToken)
    {
        var assignments = await recipients.AssignmentsAsync(campaignId, cancellationToken);
        var assessments = await recipients.AssessmentsAsync(campaignId, cancellationToken);
        var rows = assignments.Select(a =>
        {
            var assessment = assessments.GetValueOrDefault(a.PersonId);
            var state = Participation.Classify(a, assessment?.Status, assessment?.HasAnswers ?? false);
            return new ParticipationRow(a.PersonId, a.TeamId, a.ManagerId, state, a.FailureReason, a.LastError, a.Attempts);
        }).ToList();
        var byState = Enum.GetValues<ParticipationState>().ToDictionary(s => s, s => rows.Count(r => r.State == s));
        var failed = rows.Where(r => r.State is ParticipationState.Failed or ParticipationState.Unreachable && r.FailureReason is not null)
            .GroupBy(r => r.FailureReason!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        filter ??= new ParticipationFilter();
        var shown = rows.Where(r =>
            (filter.State is null || r.State == filter.State)
            && (filter.TeamId is null || string.Equals(r.TeamId, filter.TeamId, StringComparison.Ordinal))
            && (filter.FailureReason is null || r.FailureReason == filter.FailureReason)).ToList();
        return new ParticipationSummary(campaignId, rows.Count, byState, failed, shown);
    }
}
