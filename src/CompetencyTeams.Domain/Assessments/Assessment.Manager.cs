using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Assessments;

public sealed partial record Assessment
{
    /// <summary>
    /// The manager validates (double evaluation): each questionnaire competency gets the manager's level — the adjusted
    /// one when given, else the agent's own (accepted as is). Allowed once submitted, while the campaign runs or after it
    /// closed (the interview often follows the deadline), never when cancelled or when the campaign has no validation step.
    /// Validating again replaces the manager's answers.
    /// </summary>
    public Assessment Validate(
        AssessmentContext context,
        string managerId,
        IReadOnlyDictionary<string, LevelAnswer> adjustments,
        IReadOnlyDictionary<string, string> comments,
        string? overallComment,
        TimeProvider clock)
    {
        EnsureSameCampaign(context);
        var campaign = context.Campaign;
        if (!campaign.ManagerValidates)
        {
            throw new DomainRuleException("assessment.no-validation-step", $"Campaign {CampaignId} has no manager validation.");
        }

        if (campaign.Status is not (CampaignStatus.Running or CampaignStatus.Closed))
        {
            throw new DomainRuleException("assessment.campaign-not-open", $"Campaign {CampaignId} is {campaign.Status}; validation is not possible.");
        }

        if (Status == AssessmentStatus.Draft)
        {
            throw new DomainRuleException("assessment.not-submitted", "The assessment has not been submitted yet.");
        }

        EnsureComment(overallComment, "the assessment");
        var manager = new Dictionary<string, LevelAnswer>(StringComparer.Ordinal);
        foreach (var (code, answer) in adjustments)
        {
            if (!context.InScope(code))
            {
                throw new DomainRuleException("assessment.code-not-in-questionnaire", $"Competency '{code}' is not part of this questionnaire.");
            }

            context.Scale.EnsureValid(answer, code);
        }

        foreach (var code in context.ScopeCodes)
        {
            var chosen = adjustments.TryGetValue(code, out var adjusted) && adjusted.IsAnswered ? adjusted : SelfAnswer(code);
            if (chosen.IsAnswered)
            {
                manager[code] = chosen;
            }
        }

        var managerComments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, comment) in comments)
        {
            if (!context.InScope(code))
            {
                throw new DomainRuleException("assessment.code-not-in-questionnaire", $"Competency '{code}' is not part of this questionnaire.");
            }

            EnsureComment(comment, $"competency {code}");
            if (!string.IsNullOrWhiteSpace(comment))
            {
                managerComments[code] = comment.Trim();
            }
        }

        var now = clock.GetUtcNow();
        return this with
        {
            Status = AssessmentStatus.Validated,
            ManagerAnswers = manager,
            ManagerComments = managerComments,
            ManagerOverallComment = string.IsNullOrWhiteSpace(overallComment) ? null : overallComment.Trim(),
            ValidatedAt = now,
            ValidatedBy = managerId,
            UpdatedAt = now,
        };
    }

    /// <summary>Bulk accept: the manager takes every self level as it is.</summary>
    public Assessment AcceptAsIs(AssessmentContext context, string managerId, TimeProvider clock) =>
        Validate(context, managerId, new Dictionary<string, LevelAnswer>(), new Dictionary<string, string>(), null, clock);

    /// <summary>Competencies where the manager's level differs from the agent's own (the subject of the interview).</summary>
    public IReadOnlyList<string> Disagreements() =>
        [.. ManagerAnswers.Where(m => !m.Value.Equals(SelfAnswer(m.Key))).Select(m => m.Key).Order(StringComparer.Ordinal)];
}
