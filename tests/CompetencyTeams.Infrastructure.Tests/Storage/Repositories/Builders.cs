using System.Text.Json;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

/// <summary>Domain objects for repository tests, with hostile ids where ids come from users or directories.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly FrameworkRef AnapV1 = new("anap-afr", 1);

    public static void AssertSameJson<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    public static Assessment Assessment(string campaignId, string personId, string? teamId) =>
        new(campaignId, personId, AnapV1, AssessmentStatus.Draft)
        {
            TeamId = teamId,
            ManagerId = "manager-1",
            ProfileId = "accueil",
            SelfAnswers = new Dictionary<string, LevelAnswer>
            {
                ["1.1.1"] = new(AnswerKind.Level, 3),
                ["1.1.2"] = LevelAnswer.NotApplicable,
            },
            BlockComments = new Dictionary<string, string> { ["1.1"] = "Accueil physique : « à l'aise » 🙂" },
            CreatedAt = Now,
            UpdatedAt = Now,
        };

    public static Assignment Assignment(string campaignId, string personId, string? teamId) =>
        Domain.Campaigns.Assignment.Create(campaignId, personId, teamId, "manager-1", "accueil");

    public static Person Person(string objectId, string? teamId, string? managerId = "manager-1", string? profileId = "accueil") =>
        new(objectId, "Agent " + objectId, objectId + "@contoso.example", teamId, managerId, profileId, 0.8, TimeShares.Empty, "fr-FR");

    public static Team Team(string id, string? managerId) => new(id, "Équipe " + id, managerId);

    public static JobProfile Profile(string id) =>
        new(id, new LocalizedText("Agent d'accueil", "Front desk agent"), AnapV1, new Dictionary<string, int> { ["1.1.1"] = 3 }, new FteNeed(4, 5), new Dictionary<string, FteNeed> { ["1.1"] = new(2, 2.5) })
        {
            HorizonDate = new DateOnly(2027, 1, 1),
        };

    public static Campaign Campaign(string id, CampaignStatus status, DateTimeOffset createdAt) =>
        new(id, new LocalizedText("Campagne " + id, "Campaign " + id), AnapV1, AudienceSpec.All, true, false, createdAt.AddDays(1), createdAt.AddDays(15), ReminderPlan.None("Europe/Paris"), status)
        {
            CreatedAt = createdAt,
            CreatedBy = "hr-1",
        };

    public static CompetencyFramework Framework(int version, FrameworkStatus status, int competencies = 3, int descriptionLength = 40) =>
        new(
            "anap/afr#1",
            version,
            "Accueil – Facturation – Recouvrement",
            "fr",
            status,
            [
                new Pole("1", "Accueil", null, [
                    new ActivityBlock("1.1", "Accueil physique", Enumerable.Range(1, competencies)
                        .Select(i => new Competency($"1.1.{i}", "Compétence " + i, new string('d', descriptionLength), ["savoir"], ["exemple"]))
                        .ToList()),
                ]),
            ],
            new LevelScale("anap-4", LocalizedText.Same("Échelle"), [new ScaleLevel(1, "N1", LocalizedText.Same("Notions"), LocalizedText.Same("…"))]))
        {
            PublishedAt = status == FrameworkStatus.Published ? Now : null,
        };

    public static ActionPlan Plan(string campaignId, string teamId) =>
        new(campaignId, teamId, [new PlannedAction("a1", Domain.Levers.LeverType.Training, "Former à l'accueil téléphonique", "manager-1", new DateOnly(2026, 6, 1), ActionStatus.Planned)])
        {
            UpdatedAt = Now,
            UpdatedBy = "manager-1",
        };

    public static AuditEntry Audit(string id, DateTimeOffset at, string actor, string? subject) =>
        new(id, at, actor, "Manager", AuditActions.AssessmentValidated, "assessment", "c1/" + subject)
        {
            CampaignId = "c1",
            SubjectPersonId = subject,
            Details = new Dictionary<string, string> { ["1.1.1"] = "2→3" },
        };
}
