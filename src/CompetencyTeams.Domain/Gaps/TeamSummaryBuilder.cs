using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>Turns an analysis into the pre-aggregated <see cref="TeamSummary"/> of one team (dashboard and SharePoint).</summary>
public static class TeamSummaryBuilder
{
    public static TeamSummary Build(
        string campaignId,
        Team team,
        GapAnalysisReport report,
        LeverProposals proposals,
        IReadOnlyDictionary<ParticipationState, int> participation,
        TimeProvider clock,
        int topLevers = 5)
    {
        var coverage = report.TeamCoverage(team.Id).Where(c => c.RequiredBy > 0).ToList();
        return new TeamSummary(campaignId, team.Id, clock.GetUtcNow())
        {
            TeamName = team.Name,
            ManagerId = team.ManagerId,
            Headcount = report.TeamHeadcount(team.Id),
            Participation = participation,
            ValidatedCount = participation.TryGetValue(ParticipationState.Validated, out var validated) ? validated : 0,
            MeanGap = report.TeamMeanGap(team.Id),
            Competencies = coverage,
            CriticalCompetencies = [.. coverage.Where(c => c.IsCritical).Select(c => c.CompetencyCode)],
            FteByProfile = report.TeamFteByProfile(team.Id),
            FteByBlock = report.TeamFteByBlock(team.Id),
            TopLevers = proposals.ForTeam(team.Id, topLevers),
        };
    }

    /// <summary>Counts people per participation state from the assignments and assessment states of one team.</summary>
    public static IReadOnlyDictionary<ParticipationState, int> CountParticipation(IEnumerable<ParticipationState> states)
    {
        var counts = Enum.GetValues<ParticipationState>().ToDictionary(s => s, _ => 0);
        foreach (var state in states)
        {
            counts[state]++;
        }

        return counts;
    }
}
