using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>
/// GET /api/tab/people/{personId}/history: the person's levels across their launched campaigns (running or closed),
/// newest first, at most Dashboards:HistoryCampaigns of them. <see cref="HistoryCompetency.Levels"/> has one entry
/// per campaign, in the order of <see cref="Campaigns"/>.
/// </summary>
public sealed record PersonHistory(string PersonId, string DisplayName, IReadOnlyList<HistoryCampaign> Campaigns, IReadOnlyList<HistoryCompetency> Competencies);

/// <summary>One campaign the person was in: its state, when it started, and where their assessment got to.</summary>
public sealed record HistoryCampaign(
    string CampaignId, LocalizedText Name, string State, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt, string AssessmentStatus, DateTimeOffset? ValidatedAt);

public sealed record HistoryCompetency(string Code, string Title, IReadOnlyList<HistoryLevel> Levels);

/// <summary>"3", "na", or null (not assessed in that campaign); <see cref="ByManager"/> when the manager's level is the final one.</summary>
public sealed record HistoryLevel(string? Level, bool ByManager);

public static class PersonHistoryBuilder
{
    /// <summary>A campaign counts once launched and not cancelled; the newest (by launch, else opening) come first.</summary>
    public static IReadOnlyList<(Campaign Campaign, Assessment Assessment)> Select(
        IEnumerable<(Campaign Campaign, Assessment Assessment)> taken, string? excludeCampaignId, int limit) =>
        [.. taken
            .Where(x => x.Campaign.Status is CampaignStatus.Running or CampaignStatus.Closed)
            .Where(x => !string.Equals(x.Campaign.Id, excludeCampaignId, StringComparison.Ordinal))
            .OrderByDescending(x => x.Campaign.LaunchedAt ?? x.Campaign.OpensAt)
            .ThenByDescending(x => x.Campaign.Id, StringComparer.Ordinal)
            .Take(limit)];

    /// <summary>
    /// Rows are the competencies answered in any of the campaigns, in the order of the newest framework that has them;
    /// titles come from that framework too. <paramref name="frameworks"/> holds each campaign's framework (null if gone).
    /// </summary>
    public static PersonHistory Build(
        string personId,
        string displayName,
        IReadOnlyList<(Campaign Campaign, Assessment Assessment)> campaigns,
        IReadOnlyList<FrameworkIndex?> frameworks)
    {
        var rows = new List<(string Code, string Title)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < campaigns.Count; k++)
        {
            var answered = Answered(campaigns[k].Assessment);
            var inOrder = frameworks[k]?.Competencies.Select(c => (c.Code, Title: c.ShortTitle ?? c.Title)).Where(c => answered.Contains(c.Code))
                ?? answered.Order(StringComparer.Ordinal).Select(code => (Code: code, Title: code));
            rows.AddRange(inOrder.Where(c => seen.Add(c.Code)));
        }

        return new PersonHistory(
            personId,
            displayName,
            [.. campaigns.Select(x => Campaign(x.Campaign, x.Assessment))],
            [.. rows.Select(row => new HistoryCompetency(row.Code, row.Title, [.. campaigns.Select(x => Level(x.Assessment, row.Code))]))]);
    }

    private static HashSet<string> Answered(Assessment assessment) =>
        [.. assessment.SelfAnswers.Concat(assessment.ManagerAnswers).Where(a => a.Value.IsAnswered).Select(a => a.Key)];

    private static HistoryCampaign Campaign(Campaign campaign, Assessment assessment) => new(
        campaign.Id,
        campaign.Name,
        campaign.Status.ToString(),
        campaign.LaunchedAt ?? campaign.OpensAt,
        campaign.ClosedAt,
        assessment.Status.ToString(),
        assessment.ValidatedAt);

    private static HistoryLevel Level(Assessment assessment, string code)
    {
        var byManager = assessment.ManagerAnswer(code).IsAnswered;
        return new HistoryLevel(PersonViewBuilder.Format(assessment.FinalAnswer(code)), byManager);
    }
}
