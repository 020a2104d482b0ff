using CompetencyTeams.App.Tests.Features.Campaigns;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// A campaign open now on the shipped framework, with its agents in the directory and in the audience, stored through
/// the repositories of a <see cref="CampaignHarness"/> on the test's prefix (which also reads the results back).
/// </summary>
public sealed record AnsweringCampaign(Campaign Campaign, AssessmentContext Context, IReadOnlyList<Agent> Agents)
{
    /// <summary>Half the agents write from a French client, half from an English one.</summary>
    public static async Task<AnsweringCampaign> SeedAsync(CampaignHarness harness, string name, int agents)
    {
        var campaign = QuestionnaireTestData.RunningNow(name, timeShares: false);
        var profile = QuestionnaireTestData.Profile();
        var people = Enumerable.Range(0, agents).Select(i => Agent.New(i % 2 == 0 ? "fr-FR" : "en-US")).ToList();
        try
        {
            await harness.Get<IFrameworkRepository>().AddVersionAsync(ShippedFrameworks.AnapAfr, CancellationToken.None);
        }
        catch (ConcurrencyConflictException)
        {
            // Stored by an earlier test in this prefix.
        }

        await harness.Get<IJobProfileRepository>().SaveAsync(profile, null, CancellationToken.None);
        await harness.Get<ICampaignRepository>().SaveAsync(campaign, null, CancellationToken.None);
        var directory = harness.Get<IPersonRepository>();
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (agent, ct) =>
            await directory.SaveAsync(QuestionnaireTestData.Person(agent.ObjectId, profile.Id), null, ct));
        await harness.Get<IAssignmentRepository>().AddMissingAsync(campaign.Id, [.. people.Select(a => QuestionnaireTestData.Assignment(campaign.Id, a.ObjectId, profile.Id))], CancellationToken.None);
        return new AnsweringCampaign(campaign, QuestionnaireTestData.Context(campaign, profile), people);
    }

    /// <summary>Every assessment stored for the campaign, by person (a second row for one person would fail here).</summary>
    public async Task<IReadOnlyDictionary<string, Assessment>> StoredAsync(CampaignHarness harness)
    {
        var stored = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await harness.Get<IAssessmentRepository>().ListForCampaignAsync(Campaign.Id, token, CancellationToken.None);
            foreach (var row in page.Items)
            {
                stored.Add(row.Value.PersonId, row.Value);
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        return stored;
    }
}
