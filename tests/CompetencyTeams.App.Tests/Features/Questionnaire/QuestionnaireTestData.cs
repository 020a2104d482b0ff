using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Questionnaire;

/// <summary>The shipped framework, a running campaign over it, a profile requiring every competency, and a person in it.</summary>
public static class QuestionnaireTestData
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Deadline = new(2026, 11, 30, 17, 0, 0, TimeSpan.Zero);
    public const string ChannelUserId = "29:1agent-channel-id";

    public static FrameworkIndex Framework { get; } = new(ShippedFrameworks.AnapAfr);

    public static FakeTimeProvider ClockInCampaign() => new(Start.AddDays(3));

    public static Campaign RunningCampaign(string id = "camp-2026", bool timeShares = true, bool managerValidates = true)
    {
        var clock = new FakeTimeProvider(Start.AddDays(-5));
        var draft = Campaign.CreateDraft(
            id,
            new LocalizedText("Campagne compétences AFR 2026", "AFR competencies 2026"),
            Framework.Framework.Ref,
            AudienceSpec.All,
            Start,
            Deadline,
            ReminderPlan.None("Europe/Paris"),
            "hr-user",
            clock,
            managerValidates,
            timeShares);
        var scheduled = draft.Schedule(clock);
        clock.SetUtcNow(Start);
        return scheduled.Launch(1, clock);
    }

    /// <summary>A campaign that opened yesterday (real time) and closes in <paramref name="daysLeft"/> days: for tests through the App's clock.</summary>
    public static Campaign RunningNow(string id, bool timeShares = true, double daysLeft = 20)
    {
        var now = TimeProvider.System.GetUtcNow();
        var clock = new FakeTimeProvider(now.AddDays(-2));
        var draft = Campaign.CreateDraft(
            id,
            new LocalizedText("Campagne " + id, "Campaign " + id),
            Framework.Framework.Ref,
            AudienceSpec.All,
            now.AddDays(-1),
            now.AddDays(daysLeft),
            ReminderPlan.None("Europe/Paris"),
            "hr-user",
            clock,
            true,
            timeShares);
        var scheduled = draft.Schedule(clock);
        clock.SetUtcNow(now.AddDays(-1));
        return scheduled.Launch(1, clock);
    }

    /// <summary>Every competency required, at levels cycling 1..4.</summary>
    public static JobProfile Profile(string id = "profile-afr")
    {
        var required = Framework.Competencies.Select((c, i) => (c.Code, Level: (i % 4) + 1)).ToDictionary(x => x.Code, x => x.Level, StringComparer.Ordinal);
        return new JobProfile(id, new LocalizedText("Agent d'accueil", "Front-desk agent"), Framework.Framework.Ref, required, new FteNeed(1, 1), new Dictionary<string, FteNeed>(StringComparer.Ordinal));
    }

    public static Person Person(string objectId, string profileId = "profile-afr") =>
        new(objectId, "Agent " + objectId[..4], objectId + "@contoso.test", "team-a", "manager-1", profileId, 1.0, TimeShares.Empty, "fr-FR");

    public static Assignment Assignment(string campaignId, string personId, string profileId = "profile-afr") =>
        Domain.Campaigns.Assignment.Create(campaignId, personId, "team-a", "manager-1", profileId);

    public static AssessmentContext Context(Campaign campaign, JobProfile? profile = null) => new(campaign, Framework, profile ?? Profile());

    /// <summary>Answers every competency of the first <paramref name="blocks"/> blocks (levels cycling, one NA per block), with a comment each.</summary>
    public static Assessment Answered(AssessmentContext context, int blocks, TimeProvider clock, string comment = "Un commentaire.")
    {
        var assessment = Assessment.Start(context, Person("6f0b1c2d-0000-4000-8000-000000000001"), clock);
        foreach (var block in context.Blocks.Take(blocks))
        {
            var answers = context.CompetenciesOf(block).Select((c, i) => (c.Code, Answer: i == 0 ? LevelAnswer.NotApplicable : LevelAnswer.Of((i % 4) + 1)))
                .ToDictionary(x => x.Code, x => x.Answer, StringComparer.Ordinal);
            assessment = assessment.AnswerBlock(context, block.Code, answers, comment, clock);
        }

        return assessment;
    }

    public static QuestionnaireSnapshot Snapshot(AssessmentContext context, Assessment? assessment, DateTimeOffset now, string locale) =>
        new(new CardAudience(locale, ChannelUserId), context.Campaign, context, assessment, now, 24);
}
