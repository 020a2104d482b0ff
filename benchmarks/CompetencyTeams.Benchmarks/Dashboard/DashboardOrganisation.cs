using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Benchmarks.Dashboard;

/// <summary>Writes the synthetic organisation of the gap-analysis benchmark to storage through the App's repositories, as one launched campaign.</summary>
public static class DashboardOrganisation
{
    public static async Task SeedAsync(IServiceProvider services, string campaignId, int people, int teams, CancellationToken cancellationToken)
    {
        var framework = ShippedFrameworks.AnapAfr;
        var index = new FrameworkIndex(framework);
        var input = GapAnalysisBenchmark.Generate(index, people, teams);
        await services.GetRequiredService<IFrameworkRepository>().AddVersionAsync(framework, cancellationToken);
        foreach (var profile in input.Profiles)
        {
            await services.GetRequiredService<IJobProfileRepository>().SaveAsync(profile, null, cancellationToken);
        }

        foreach (var team in input.Teams)
        {
            await services.GetRequiredService<ITeamRepository>().SaveAsync(team, null, cancellationToken);
        }

        var clock = new SettableClock(TimeProvider.System.GetUtcNow().AddDays(-40));
        var campaign = Campaign.CreateDraft(campaignId, LocalizedText.Same("Bench"), framework.Ref, AudienceSpec.All, clock.Now.AddDays(1), clock.Now.AddDays(30), ReminderPlan.None("Europe/Paris"), "bench", clock, true, false).Schedule(clock);
        clock.Now = clock.Now.AddDays(1);
        await services.GetRequiredService<ICampaignRepository>().SaveAsync(campaign.Launch(people, clock), null, cancellationToken);

        var personRepository = services.GetRequiredService<IPersonRepository>();
        var assessmentRepository = services.GetRequiredService<IAssessmentRepository>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(input.People, parallel, async (person, ct) => await personRepository.SaveAsync(person, null, ct));
        await services.GetRequiredService<IAssignmentRepository>().AddMissingAsync(
            campaignId, [.. input.People.Select(p => Assignment.Create(campaignId, p.ObjectId, p.TeamId, p.ManagerId, p.ProfileId))], cancellationToken);
        var byPerson = input.People.ToDictionary(p => p.ObjectId, StringComparer.Ordinal);
        await Parallel.ForEachAsync(input.Assessments, parallel, async (assessment, ct) =>
            await assessmentRepository.SaveAsync(assessment with { CampaignId = campaignId, TeamId = byPerson[assessment.PersonId].TeamId, ProfileId = byPerson[assessment.PersonId].ProfileId }, null, ct));
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
