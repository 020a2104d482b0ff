using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>Cuts one team's dashboard out of a campaign analysis (the same figures as the published team summary).</summary>
public static class TeamDashboardBuilder
{
    public static TeamDashboard Build(CampaignAnalysis analysis, string teamId, DashboardFilter filter, TimeProvider clock)
    {
        var summary = analysis.BuildSummary(teamId, clock);
        var report = analysis.Report;
        var critical = new HashSet<string>(summary.CriticalCompetencies, StringComparer.Ordinal);
        var members = report.TeamMembers(teamId)
            .Select(id => analysis.People[id])
            .Where(p => filter.Profile is null || string.Equals(p.ProfileId, filter.Profile, StringComparison.Ordinal))
            .ToList();

        // Competencies shown: those someone in the team requires (or has answered), within the chosen block.
        var gapsByPerson = members.ToDictionary(p => p.ObjectId, p => report.PersonGaps(p.ObjectId), StringComparer.Ordinal);
        var shown = report.Framework.Competencies
            .Select((c, k) => (Competency: c, Ordinal: k))
            .Where(x => filter.Block is null || string.Equals(report.Framework.BlockOf(x.Competency.Code).Code, filter.Block, StringComparison.Ordinal))
            .Where(x => gapsByPerson.Values.Any(g => g[x.Ordinal].Required is not null || g[x.Ordinal].Final.IsAnswered))
            .Where(x => !filter.GapOnly || gapsByPerson.Values.Any(g => g[x.Ordinal].Gap > 0))
            .ToList();

        var rows = members
            .Where(p => !filter.GapOnly || shown.Any(x => gapsByPerson[p.ObjectId][x.Ordinal].Gap > 0))
            .Select(p => new HeatmapRow(
                p.ObjectId,
                p.DisplayName,
                p.ProfileId,
                (analysis.ParticipationByPerson.TryGetValue(p.ObjectId, out var state) ? state : ParticipationState.Invited).ToString(),
                [.. shown.Select(x => Cell(gapsByPerson[p.ObjectId][x.Ordinal]))]))
            .ToList();

        var blocks = shown
            .GroupBy(x => report.Framework.BlockOf(x.Competency.Code))
            .Select(g => new HeatmapBlock(g.Key.Code, g.Key.Title, [.. g.Select(x => new HeatmapColumn(x.Competency.Code, x.Competency.ShortTitle ?? x.Competency.Title, critical.Contains(x.Competency.Code)))]))
            .ToList();

        return new TeamDashboard(
            analysis.Campaign.Id,
            teamId,
            summary.TeamName,
            summary.ComputedAt,
            summary.Headcount,
            summary.MeanGap,
            blocks,
            rows,
            summary.Competencies,
            summary.CriticalCompetencies,
            summary.FteByProfile,
            summary.FteByBlock,
            summary.Participation.ToDictionary(s => s.Key.ToString(), s => s.Value, StringComparer.Ordinal),
            summary.ValidatedCount);
    }

    private static HeatmapCell Cell(PersonCompetencyGap gap) => gap.Final.Kind switch
    {
        AnswerKind.Level => new HeatmapCell(gap.CompetencyCode, CellState.Level, gap.Final.Level, gap.Required, gap.Gap),
        AnswerKind.NotApplicable => new HeatmapCell(gap.CompetencyCode, CellState.NotApplicable, null, gap.Required, null),
        _ => new HeatmapCell(gap.CompetencyCode, CellState.NotAssessed, null, gap.Required, null),
    };
}
