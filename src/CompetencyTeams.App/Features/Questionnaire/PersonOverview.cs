using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>A person's campaigns and progress, for the "status" and "resume" commands.</summary>
public sealed class PersonOverview(
    IAssignmentRepository assignments,
    ICampaignRepository campaigns,
    IAssessmentRepository assessments,
    QuestionnaireLoader loader,
    TimeProvider clock)
{
    private const int MaxCampaignsShown = 10;

    /// <summary>The campaign to resume: open for answers, not yet submitted first, then the nearest deadline.</summary>
    public async Task<string?> OpenCampaignAsync(string personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (entries, statuses) = await ReadAsync(personId, cancellationToken);
        return entries
            .Where(c => c.AcceptsAnswersAt(now) && statuses.GetValueOrDefault(c.Id)?.Status != AssessmentStatus.Validated)
            .OrderBy(c => statuses.GetValueOrDefault(c.Id)?.Status == AssessmentStatus.Submitted)
            .ThenBy(c => c.Deadline)
            .Select(c => c.Id)
            .FirstOrDefault();
    }

    public async Task<AdaptiveCard> StatusCardAsync(string personId, CardAudience audience, LocalizedText? note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (entries, statuses) = await ReadAsync(personId, cancellationToken);
        var shown = entries.Where(c => c.Status is CampaignStatus.Running or CampaignStatus.Closed).OrderByDescending(c => c.Deadline).Take(MaxCampaignsShown).ToList();
        var lines = new List<StatusEntry>();
        foreach (var campaign in shown)
        {
            var assessment = statuses.GetValueOrDefault(campaign.Id);
            var context = await loader.ContextAsync(campaign, assessment?.ProfileId, cancellationToken);
            lines.Add(new StatusEntry(campaign, assessment?.Status, assessment?.AnsweredCount(context) ?? 0, context.ScopeCodes.Count));
        }

        return MessageCards.Status(audience, lines, now, note);
    }

    private async Task<(IReadOnlyList<Campaign> Campaigns, Dictionary<string, Assessment> Assessments)> ReadAsync(string personId, CancellationToken cancellationToken)
    {
        var assessmentRead = assessments.ListForPersonAsync(personId, cancellationToken);
        var mine = await assignments.ListForPersonAsync(personId, cancellationToken);
        var read = await Task.WhenAll(mine.Select(a => campaigns.GetAsync(a.CampaignId, cancellationToken)));
        var byCampaign = (await assessmentRead).GroupBy(a => a.CampaignId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return ([.. read.Where(c => c is not null).Select(c => c!.Value)], byCampaign);
    }
}
