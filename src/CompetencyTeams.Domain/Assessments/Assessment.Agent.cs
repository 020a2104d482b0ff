using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.Domain.Assessments;

public sealed partial record Assessment
{
    /// <summary>
    /// Saves the answers of one block (a draft step). Answers replace earlier ones; "not assessed" clears one.
    /// Refused when the campaign is not open for answers (before opening, after the deadline, closed, cancelled),
    /// when the manager already validated, or for a code, block or level outside the questionnaire.
    /// </summary>
    public Assessment AnswerBlock(AssessmentContext context, string blockCode, IReadOnlyDictionary<string, LevelAnswer> answers, string? blockComment, TimeProvider clock)
    {
        var now = EnsureAgentMayEdit(context, clock);
        var block = context.RequireBlock(blockCode);
        EnsureComment(blockComment, $"block {blockCode}");
        var self = new Dictionary<string, LevelAnswer>(SelfAnswers, StringComparer.Ordinal);
        foreach (var (code, answer) in answers)
        {
            if (!context.InScope(code) || !block.Competencies.Any(c => string.Equals(c.Code, code, StringComparison.Ordinal)))
            {
                throw new DomainRuleException("assessment.code-not-in-block", $"Competency '{code}' is not asked in block {blockCode} of this questionnaire.");
            }

            context.Scale.EnsureValid(answer, code);
            if (answer.IsAnswered)
            {
                self[code] = answer;
            }
            else
            {
                self.Remove(code);
            }
        }

        var comments = new Dictionary<string, string>(BlockComments, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(blockComment))
        {
            comments.Remove(blockCode);
        }
        else
        {
            comments[blockCode] = blockComment.Trim();
        }

        var changed = this with { SelfAnswers = self, BlockComments = comments, LastBlockVisited = blockCode, UpdatedAt = now };
        return changed.Status == AssessmentStatus.Submitted && !changed.IsComplete(context) ? changed with { Status = AssessmentStatus.Draft, SubmittedAt = null } : changed;
    }

    /// <summary>Remembers where the person is, so "resume" opens that block.</summary>
    public Assessment VisitBlock(AssessmentContext context, string blockCode, TimeProvider clock)
    {
        EnsureSameCampaign(context);
        context.RequireBlock(blockCode);
        return this with { LastBlockVisited = blockCode, UpdatedAt = clock.GetUtcNow() };
    }

    /// <summary>The time split over activity blocks (any block of the framework, not only the questionnaire's).</summary>
    public Assessment DeclareTimeShares(AssessmentContext context, TimeShares shares, TimeProvider clock)
    {
        var now = EnsureAgentMayEdit(context, clock);
        foreach (var block in shares.PercentByBlock.Keys)
        {
            if (context.Framework.FindBlock(block) is null)
            {
                throw context.Framework.UnknownBlock(block);
            }
        }

        return this with { TimeShares = shares, UpdatedAt = now };
    }

    /// <summary>Submits: every questionnaire competency answered (a level or NA), and the time shares when the campaign asks for them. Submitting twice is harmless.</summary>
    public Assessment Submit(AssessmentContext context, TimeProvider clock)
    {
        var now = EnsureAgentMayEdit(context, clock);
        if (Status == AssessmentStatus.Submitted)
        {
            return this;
        }

        var missing = context.ScopeCodes.Count(c => !SelfAnswer(c).IsAnswered);
        if (missing > 0)
        {
            throw new DomainRuleException("assessment.incomplete", $"{missing} competencies are not answered yet.");
        }

        if (context.Campaign.DeclareTimeShares && (TimeShares is null || TimeShares.IsEmpty))
        {
            throw new DomainRuleException("assessment.time-shares-missing", "This campaign asks for the share of working time per activity block.");
        }

        return this with { Status = AssessmentStatus.Submitted, SubmittedAt = now, UpdatedAt = now };
    }

    private DateTimeOffset EnsureAgentMayEdit(AssessmentContext context, TimeProvider clock)
    {
        EnsureSameCampaign(context);
        var now = clock.GetUtcNow();
        if (!context.Campaign.AcceptsAnswersAt(now))
        {
            throw new DomainRuleException(
                "assessment.campaign-not-open",
                $"Campaign {CampaignId} does not accept answers now ({context.Campaign.Status}, deadline {context.Campaign.Deadline:u}).");
        }

        if (Status == AssessmentStatus.Validated)
        {
            throw new DomainRuleException("assessment.already-validated", "Your manager has validated this assessment; it can no longer be changed.");
        }

        return now;
    }
}
