using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>
/// The organisation the tab tests run on: team A (manager A; agents A1, A2, A3), team B (manager B; agent B1), an HR
/// user (role only) and a user with no role and no reports; one running campaign where every agent has submitted.
/// </summary>
public static class TabOrganisation
{
    public const string CampaignId = "tab-campaign";
    public const string TeamA = "team-a";
    public const string TeamB = "team-b";
    public const string ManagerA = "a0000000-0000-4000-8000-00000000000a";
    public const string ManagerB = "b0000000-0000-4000-8000-00000000000b";
    public const string AgentA1 = "a1000000-0000-4000-8000-0000000000a1";
    public const string AgentA2 = "a2000000-0000-4000-8000-0000000000a2";
    public const string AgentA3 = "a3000000-0000-4000-8000-0000000000a3";
    public const string AgentB1 = "b1000000-0000-4000-8000-0000000000b1";
    public const string Hr = "c0000000-0000-4000-8000-00000000000c";
    public const string Nobody = "d0000000-0000-4000-8000-00000000000d";
    public const string HrRole = "HR.Admin";

    public static readonly string[] TeamAAgents = [AgentA1, AgentA2, AgentA3];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var ct = CancellationToken.None;
        var profile = QuestionnaireTestData.Profile();
        var campaign = QuestionnaireTestData.RunningNow(CampaignId, timeShares: false);
        await services.GetRequiredService<IFrameworkRepository>().AddVersionAsync(ShippedFrameworks.AnapAfr, ct);
        await services.GetRequiredService<IJobProfileRepository>().SaveAsync(profile, null, ct);
        await services.GetRequiredService<ICampaignRepository>().SaveAsync(campaign, null, ct);
        var teams = services.GetRequiredService<ITeamRepository>();
        await teams.SaveAsync(new Team(TeamA, "Équipe A", ManagerA), null, ct);
        await teams.SaveAsync(new Team(TeamB, "Équipe B", ManagerB), null, ct);

        var people = new[]
        {
            Person(ManagerA, null, Hr, null),
            Person(ManagerB, null, Hr, null),
            Person(AgentA1, TeamA, ManagerA, profile.Id),
            Person(AgentA2, TeamA, ManagerA, profile.Id),
            Person(AgentA3, TeamA, ManagerA, profile.Id),
            Person(AgentB1, TeamB, ManagerB, profile.Id),
            Person(Hr, null, null, null),
            Person(Nobody, null, null, null),
        };
        var personRepository = services.GetRequiredService<IPersonRepository>();
        foreach (var person in people)
        {
            await personRepository.SaveAsync(person, null, ct);
        }

        var agents = people.Where(p => p.ProfileId is not null).ToList();
        await services.GetRequiredService<IAssignmentRepository>().AddMissingAsync(
            CampaignId, [.. agents.Select(p => Assignment.Create(CampaignId, p.ObjectId, p.TeamId, p.ManagerId, p.ProfileId))], ct);
        var context = new AssessmentContext(campaign, QuestionnaireTestData.Framework, profile);
        var assessments = services.GetRequiredService<IAssessmentRepository>();
        foreach (var agent in agents)
        {
            await assessments.SaveAsync(Submitted(context, agent), null, ct);
        }
    }

    /// <summary>Every competency at the level its profile requires, so that an adjustment downwards opens a gap.</summary>
    private static Assessment Submitted(AssessmentContext context, Person person)
    {
        var clock = TimeProvider.System;
        var assessment = Assessment.Start(context, person, clock);
        foreach (var block in context.Blocks)
        {
            var answers = context.CompetenciesOf(block).ToDictionary(c => c.Code, c => LevelAnswer.Of(context.Profile!.RequiredLevels[c.Code]), StringComparer.Ordinal);
            assessment = assessment.AnswerBlock(context, block.Code, answers, "Commentaire " + block.Code, clock);
        }

        return assessment.Submit(context, clock);
    }

    private static Person Person(string id, string? team, string? manager, string? profile) =>
        new(id, "Person " + id[..2], id + "@chu-demo.fr", team, manager, profile, 1.0, TimeShares.Empty, "fr-FR");
}
