using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>
/// One campaign analysed as a whole: its frozen audience (people with the team and profile they had at launch), the gap
/// report, the lever proposals, and each person's participation state. Team summaries are cut from it.
/// </summary>
public sealed record CampaignAnalysis(
    Campaign Campaign,
    FrameworkIndex Framework,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyDictionary<string, Team> Teams,
    GapAnalysisReport Report,
    LeverProposals Proposals,
    IReadOnlyDictionary<string, ParticipationState> ParticipationByPerson)
{
    /// <summary>Teams that have people in the campaign's audience, in a stable order.</summary>
    public IReadOnlyList<string> TeamIds => [.. People.Values.Select(p => p.TeamId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public TeamSummary BuildSummary(string teamId, TimeProvider clock)
    {
        var team = Teams.TryGetValue(teamId, out var known) ? known : new Team(teamId, teamId, null);
        var states = People.Values.Where(p => string.Equals(p.TeamId, teamId, StringComparison.Ordinal))
            .Select(p => ParticipationByPerson.TryGetValue(p.ObjectId, out var s) ? s : ParticipationState.Invited);
        return TeamSummaryBuilder.Build(Campaign.Id, team, Report, Proposals, TeamSummaryBuilder.CountParticipation(states), clock);
    }
}

/// <summary>A team's summary with what its publication needs beside it (the plan, and the people it names: manager, owners).</summary>
public sealed record TeamSummaryContext(CampaignAnalysis Analysis, TeamSummary Summary, ActionPlan? Plan, IReadOnlyDictionary<string, Person> Directory);
