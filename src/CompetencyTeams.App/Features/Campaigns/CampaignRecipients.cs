using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>Reads a campaign's assignments and assessments page by page, to choose who gets a reminder or a notice.</summary>
public sealed class CampaignRecipients(IAssignmentRepository assignments, IAssessmentRepository assessments)
{
    public async Task<IReadOnlyList<Assignment>> AssignmentsAsync(string campaignId, CancellationToken cancellationToken) =>
        await ValuesAsync(token => assignments.ListAsync(campaignId, token, cancellationToken));

    public async Task<IReadOnlyList<Assignment>> InStateAsync(string campaignId, DeliveryState state, CancellationToken cancellationToken) =>
        await ValuesAsync(token => assignments.ListByStateAsync(campaignId, state, token, cancellationToken));

    public async Task<IReadOnlyDictionary<string, Assessment>> AssessmentsAsync(string campaignId, CancellationToken cancellationToken)
    {
        var all = await ValuesAsync(token => assessments.ListForCampaignAsync(campaignId, token, cancellationToken));
        return all.ToDictionary(a => a.PersonId, StringComparer.Ordinal);
    }

    /// <summary>People the invitation reached who have not submitted (reminders go only to them).</summary>
    public async Task<IReadOnlyList<string>> NonSubmittersAsync(string campaignId, CancellationToken cancellationToken)
    {
        var delivered = await InStateAsync(campaignId, DeliveryState.Delivered, cancellationToken);
        var answered = await AssessmentsAsync(campaignId, cancellationToken);
        return [.. delivered
            .Where(a => !answered.TryGetValue(a.PersonId, out var s) || s.Status is not (AssessmentStatus.Submitted or AssessmentStatus.Validated))
            .Select(a => a.PersonId)];
    }

    private static async Task<List<T>> ValuesAsync<T>(Func<string?, Task<Page<Versioned<T>>>> read) =>
        [.. (await Pages.ReadAllAsync(read)).Select(v => v.Value)];
}
