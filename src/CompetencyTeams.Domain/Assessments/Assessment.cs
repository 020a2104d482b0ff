using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.Domain.Assessments;

/// <summary>
/// One person's assessment in one campaign: self answers per competency, a comment per block, time shares, and the
/// manager's answers and comments. Every change is a method that checks the rules and returns the changed assessment.
/// </summary>
public sealed partial record Assessment(string CampaignId, string PersonId, FrameworkRef Framework, AssessmentStatus Status)
{
    /// <summary>The person's profile, team and manager when the assessment started (frozen for reporting).</summary>
    public string? ProfileId { get; init; }

    public string? TeamId { get; init; }

    public string? ManagerId { get; init; }

    public IReadOnlyDictionary<string, LevelAnswer> SelfAnswers { get; init; } = Empty<LevelAnswer>();

    public IReadOnlyDictionary<string, string> BlockComments { get; init; } = Empty<string>();

    public IReadOnlyDictionary<string, LevelAnswer> ManagerAnswers { get; init; } = Empty<LevelAnswer>();

    public IReadOnlyDictionary<string, string> ManagerComments { get; init; } = Empty<string>();

    public string? ManagerOverallComment { get; init; }

    public TimeShares? TimeShares { get; init; }

    public string? LastBlockVisited { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? ValidatedAt { get; init; }

    public string? ValidatedBy { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasAnswers => SelfAnswers.Count > 0;

    public static Assessment Start(AssessmentContext context, Person person, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new Assessment(context.Campaign.Id, person.ObjectId, context.Framework.Framework.Ref, AssessmentStatus.Draft)
        {
            ProfileId = context.Profile?.Id,
            TeamId = person.TeamId,
            ManagerId = person.ManagerId,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public LevelAnswer SelfAnswer(string code) => SelfAnswers.TryGetValue(code, out var a) ? a : LevelAnswer.NotAssessed;

    public LevelAnswer ManagerAnswer(string code) => ManagerAnswers.TryGetValue(code, out var a) ? a : LevelAnswer.NotAssessed;

    /// <summary>The final answer: the manager's when present, else the person's own.</summary>
    public LevelAnswer FinalAnswer(string code) => ManagerAnswers.TryGetValue(code, out var m) && m.IsAnswered ? m : SelfAnswer(code);

    /// <summary>Number of questionnaire competencies answered (a level or not applicable).</summary>
    public int AnsweredCount(AssessmentContext context) => context.ScopeCodes.Count(c => SelfAnswer(c).IsAnswered);

    public bool IsComplete(AssessmentContext context) => context.ScopeCodes.All(c => SelfAnswer(c).IsAnswered);

    private static Dictionary<string, T> Empty<T>() => new(StringComparer.Ordinal);

    private static void EnsureComment(string? comment, string where)
    {
        if (comment is { Length: > AssessmentLimits.MaxCommentLength })
        {
            throw new DomainRuleException("assessment.comment-too-long", $"The comment for {where} is {comment.Length} characters; the limit is {AssessmentLimits.MaxCommentLength}.");
        }
    }

    private void EnsureSameCampaign(AssessmentContext context)
    {
        if (!string.Equals(context.Campaign.Id, CampaignId, StringComparison.Ordinal) || context.Framework.Framework.Ref != Framework)
        {
            throw new DomainRuleException("assessment.wrong-campaign", $"This assessment belongs to campaign {CampaignId} on {Framework}.");
        }
    }
}
