using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>
/// A person of their own (own team, managed by manager A) added to the tab organisation's running campaign, with data
/// in every store: profile with a chat address, assignment, an assessment validated by the manager with comments (one
/// holding markup), an action of the team plan about them, and an audit entry — so export and erasure have everything.
/// </summary>
public sealed record PrivacyPerson(string PersonId, string TeamId)
{
    public const string ScriptComment = "<script>alert('x')</script> & \"quotes\"";
    public const string ManagerComment = "Très bon accueil, à consolider.";

    /// <summary>Seeds the person; <paramref name="managerId"/> (default manager A) manages their team, validated them, owns and wrote the action.</summary>
    public static async Task<PrivacyPerson> SeedAsync(IServiceProvider services, string managerId = TabOrganisation.ManagerA)
    {
        var ct = CancellationToken.None;
        var person = new PrivacyPerson(Guid.NewGuid().ToString(), "team-privacy-" + Guid.NewGuid().ToString("N")[..8]);
        var clock = TimeProvider.System;
        var campaign = (await services.GetRequiredService<ICampaignRepository>().GetAsync(TabOrganisation.CampaignId, ct))!.Value;
        var profile = QuestionnaireTestData.Profile();
        await services.GetRequiredService<ITeamRepository>().SaveAsync(new Team(person.TeamId, "Équipe confidentialité", managerId), null, ct);
        var profileRow = new Person(person.PersonId, "Camille Privée", "camille@chu-demo.fr", person.TeamId, managerId, profile.Id, 0.8, TimeShares.Empty, "fr-FR")
        {
            ChatAddress = new ChatAddress("https://smba.example/emea/", "a:conversation-" + person.PersonId, TabDevChannel.TenantId, "29:" + person.PersonId),
        };
        await services.GetRequiredService<IPersonRepository>().SaveAsync(profileRow, null, ct);
        await services.GetRequiredService<IAssignmentRepository>().AddMissingAsync(
            campaign.Id, [Assignment.Create(campaign.Id, person.PersonId, person.TeamId, managerId, profile.Id)], ct);

        var context = new AssessmentContext(campaign, QuestionnaireTestData.Framework, profile);
        var assessment = Assessment.Start(context, profileRow, clock);
        foreach (var block in context.Blocks)
        {
            var answers = context.CompetenciesOf(block).ToDictionary(c => c.Code, _ => LevelAnswer.Of(2), StringComparer.Ordinal);
            assessment = assessment.AnswerBlock(context, block.Code, answers, block == context.Blocks[0] ? ScriptComment : null, clock);
        }

        var firstCode = context.CompetenciesOf(context.Blocks[0])[0].Code;
        assessment = assessment.Submit(context, clock).Validate(
            context,
            managerId,
            new Dictionary<string, LevelAnswer> { [firstCode] = LevelAnswer.Of(1) },
            new Dictionary<string, string> { [firstCode] = ManagerComment },
            "Entretien fait.",
            clock);
        await services.GetRequiredService<IAssessmentRepository>().SaveAsync(assessment, null, ct);

        var plan = ActionPlan.Empty(campaign.Id, person.TeamId).Add(
            "act-1", LeverType.Training, "Formation accueil", managerId, null, managerId, clock,
            new LeverProposal(LeverType.Training, "rule", new("r", "r")) { PersonId = person.PersonId, CompetencyCode = firstCode });
        await services.GetRequiredService<IActionPlanRepository>().SaveAsync(plan, null, ct);
        await services.GetRequiredService<IAuditLog>().AppendAsync(
            new AuditEntry(Guid.NewGuid().ToString("N"), clock.GetUtcNow(), managerId, "manager", AuditActions.AssessmentValidated, "assessment", person.PersonId)
            {
                CampaignId = campaign.Id,
                SubjectPersonId = person.PersonId,
            },
            ct);
        return person;
    }
}
