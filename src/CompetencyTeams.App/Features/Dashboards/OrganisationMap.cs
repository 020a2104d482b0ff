using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.Levers;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>
/// HR's organisation gap map for a campaign: organisation-wide figures and one row per team (drill down with the team
/// dashboard). Teams with fewer people than the threshold are flagged: their figures identify individuals, and only HR
/// (the sole reader of this map) sees them.
/// </summary>
public sealed record OrganisationMap(
    string CampaignId,
    int Headcount,
    double? MeanGap,
    int SmallGroupThreshold,
    IReadOnlyList<CompetencyCoverage> Coverage,
    IReadOnlyList<FteBalance> FteByProfile,
    IReadOnlyList<FteBalance> FteByBlock,
    double UnallocatedFte,
    IReadOnlyList<OrganisationTeamRow> Teams,
    IReadOnlyList<LeverProposal> OrganisationLevers);

public sealed record OrganisationTeamRow(
    string TeamId,
    string TeamName,
    string? ManagerId,
    int Headcount,
    bool IsSmallGroup,
    double? MeanGap,
    int CriticalCount,
    int ValidatedCount,
    IReadOnlyDictionary<string, int> Participation);

public static class OrganisationMapBuilder
{
    public static OrganisationMap Build(CampaignAnalysis analysis, int smallGroupThreshold, TimeProvider clock)
    {
        var report = analysis.Report;
        var teams = analysis.TeamIds
            .Select(id => analysis.BuildSummary(id, clock))
            .Select(s => new OrganisationTeamRow(
                s.TeamId,
                s.TeamName,
                s.ManagerId,
                s.Headcount,
                s.Headcount < smallGroupThreshold,
                s.MeanGap,
                s.CriticalCompetencies.Count,
                s.ValidatedCount,
                s.Participation.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal)))
            .ToList();

        return new OrganisationMap(
            analysis.Campaign.Id,
            report.PersonIds.Count,
            report.OrganisationMeanGap(),
            smallGroupThreshold,
            [.. report.OrganisationCoverage().Where(c => c.RequiredBy > 0)],
            report.Fte.ByProfile,
            report.Fte.ByBlock,
            report.Fte.UnallocatedFte,
            teams,
            analysis.Proposals.Organisation);
    }
}
