using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>The demo's two campaigns: last season's, closed with its answers, and the next one, scheduled and ready to launch.</summary>
public static class DemoCampaigns
{
    public const string ClosedId = "demo-campagne-precedente";
    public const string ReadyId = "demo-campagne-suivante";
    public const string HrCreator = "d975868f-6890-5696-bb2a-bdec2c418b12";

    public static Campaign Ready(FrameworkRef framework, AudienceSpec audience, string timeZoneId, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var opens = new DateTimeOffset(now.UtcDateTime.Date.AddDays(7).AddHours(7), TimeSpan.Zero);
        return Campaign.CreateDraft(
                ReadyId,
                new LocalizedText("Évaluation annuelle des compétences – nouvelle campagne", "Annual competency assessment – new campaign"),
                framework,
                audience,
                opens,
                opens.AddDays(28),
                new ReminderPlan([7, 2], new TimeOnly(9, 0), true, timeZoneId),
                HrCreator,
                clock)
            .Schedule(clock);
    }

    /// <summary>The closed campaign and what happened in it, replayed through the domain at the campaign's own dates.</summary>
    public static ClosedCampaign Closed(FrameworkIndex framework, AudienceSpec audience, IReadOnlyList<Person> people, IReadOnlyDictionary<string, JobProfile> profiles, string timeZoneId, TimeProvider clock)
    {
        var opens = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date.AddDays(-120).AddHours(7), TimeSpan.Zero);
        var deadline = opens.AddDays(28);
        var created = new FixedClock(opens.AddDays(-10));
        var audienceMembers = audience.Resolve(people);
        var running = Campaign.CreateDraft(
                ClosedId,
                new LocalizedText("Évaluation annuelle des compétences – campagne précédente", "Annual competency assessment – previous campaign"),
                framework.Framework.Ref,
                audience,
                opens,
                deadline,
                new ReminderPlan([7, 2], new TimeOnly(9, 0), true, timeZoneId),
                HrCreator,
                created)
            .Schedule(created)
            .Launch(audienceMembers.Count, new FixedClock(opens));

        var assignments = new List<Assignment>();
        var assessments = new List<Assessment>();
        for (var i = 0; i < audienceMembers.Count; i++)
        {
            var person = audienceMembers[i];
            var progress = DemoAnswers.Progress(person.ObjectId);
            var delivered = Assignment.Create(ClosedId, person.ObjectId, person.TeamId, person.ManagerId, person.ProfileId)
                .BeginSending(new FixedClock(opens))
                .MarkDelivered($"demo-activity-{i:000}", $"a:demo-{person.ObjectId}", new FixedClock(opens.AddMinutes(i)));
            var answeredAt = new FixedClock(opens.AddDays(2 + (i % 20)).AddHours(i % 6));
            assignments.Add(progress == DemoProgress.NotStarted ? delivered : delivered.MarkOpened(answeredAt));
            if (progress != DemoProgress.NotStarted)
            {
                var profile = person.ProfileId is null ? null : profiles.GetValueOrDefault(person.ProfileId);
                assessments.Add(Answer(new AssessmentContext(running, framework, profile), person, progress, answeredAt, new FixedClock(deadline.AddDays(3 + (i % 5)))));
            }
        }

        return new ClosedCampaign(running.Close(new FixedClock(deadline)), assignments, assessments);
    }

    private static Assessment Answer(AssessmentContext context, Person person, DemoProgress progress, TimeProvider answeredAt, TimeProvider validatedAt)
    {
        var max = context.Scale.MaxLevel;
        var assessment = Assessment.Start(context, person, answeredAt);
        var blocks = progress == DemoProgress.InProgress ? context.Blocks.Take(1) : context.Blocks;
        foreach (var block in blocks)
        {
            var answers = context.CompetenciesOf(block).ToDictionary(
                c => c.Code,
                c => DemoAnswers.Self(person.ObjectId, person.TeamId, c.Code, context.Profile?.RequiredLevel(c.Code) ?? 2, max),
                StringComparer.Ordinal);
            assessment = assessment.AnswerBlock(context, block.Code, answers, DemoAnswers.BlockComment(person.ObjectId, block.Code), answeredAt);
        }

        if (progress == DemoProgress.InProgress)
        {
            return assessment;
        }

        assessment = assessment.Submit(context, answeredAt);
        if (progress != DemoProgress.Validated || person.ManagerId is null)
        {
            return assessment;
        }

        var adjustments = new Dictionary<string, LevelAnswer>(StringComparer.Ordinal);
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in context.ScopeCodes.Order(StringComparer.Ordinal))
        {
            if (DemoAnswers.ManagerAdjustment(person.ObjectId, code, assessment.SelfAnswer(code), max) is { } adjusted)
            {
                adjustments[code] = adjusted.Level;
                comments[code] = adjusted.Comment;
            }
        }

        // Validation happens after the deadline, as often in practice: the campaign is closed by then.
        var closedContext = new AssessmentContext(context.Campaign.Close(validatedAt), context.Framework, context.Profile);
        return assessment.Validate(closedContext, person.ManagerId, adjustments, comments, "Entretien réalisé ; objectifs de formation convenus.", validatedAt);
    }
}

public sealed record ClosedCampaign(Campaign Campaign, IReadOnlyList<Assignment> Assignments, IReadOnlyList<Assessment> Assessments);
