using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>Computes team summaries (gap analysis, levers, participation, action plan) and stores them for the dashboard.</summary>
public sealed class TeamSummaryService(
    CampaignAnalysisLoader loader,
    ITeamSummaryRepository summaries,
    IActionPlanRepository plans,
    IPersonRepository people,
    TimeProvider clock)
{
    /// <summary>One team's summary, computed now and stored (it is a cache of the analysis).</summary>
    public async Task<TeamSummaryContext> ComputeAsync(string campaignId, string teamId, CancellationToken cancellationToken)
    {
        var analysis = await loader.LoadAsync(campaignId, cancellationToken);
        return await ForTeamAsync(analysis, teamId, cancellationToken);
    }

    /// <summary>Every team of the campaign's audience, from one analysis; each summary is stored.</summary>
    public async Task<IReadOnlyList<TeamSummaryContext>> ComputeCampaignAsync(string campaignId, CancellationToken cancellationToken)
    {
        var analysis = await loader.LoadAsync(campaignId, cancellationToken);
        var result = new List<TeamSummaryContext>();
        foreach (var teamId in analysis.TeamIds)
        {
            result.Add(await ForTeamAsync(analysis, teamId, cancellationToken));
        }

        return result;
    }

    private async Task<TeamSummaryContext> ForTeamAsync(CampaignAnalysis analysis, string teamId, CancellationToken cancellationToken)
    {
        var summary = analysis.BuildSummary(teamId, clock);
        await summaries.UpsertAsync(summary, cancellationToken);
        var plan = (await plans.GetAsync(analysis.Campaign.Id, teamId, cancellationToken))?.Value;
        var named = new[] { summary.ManagerId }.Concat(plan?.Actions.Select(a => a.OwnerId) ?? []).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var directory = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var id in named.Where(analysis.People.ContainsKey))
        {
            directory[id] = analysis.People[id];
        }

        var missing = named.Where(id => !directory.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var person in await people.GetManyAsync(missing, cancellationToken))
            {
                directory[person.ObjectId] = person;
            }
        }

        return new TeamSummaryContext(analysis, summary, plan, directory);
    }
}
