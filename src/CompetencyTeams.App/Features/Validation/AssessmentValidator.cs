using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.App.Features.Validation;

/// <summary>
/// Applies a manager's validation to a stored assessment under optimistic concurrency (domain rules in
/// Assessment.Validate) and writes the audit entry with the levels the manager changed.
/// </summary>
public sealed partial class AssessmentValidator(
    ICampaignRepository campaigns,
    IAssessmentRepository assessments,
    IJobProfileRepository profiles,
    FrameworkIndexCache frameworks,
    IAuditLog audit,
    DashboardAnalyses dashboards,
    TimeProvider clock,
    ILogger<AssessmentValidator> logger)
{
    /// <summary>The campaign and its framework, or null when either is not stored.</summary>
    public async Task<(Campaign Campaign, FrameworkIndex Framework)?> LoadCampaignAsync(string campaignId, CancellationToken cancellationToken)
    {
        var campaign = (await campaigns.GetAsync(campaignId, cancellationToken))?.Value;
        var framework = campaign is null ? null : await frameworks.GetAsync(campaign.Framework, cancellationToken);
        return campaign is null || framework is null ? null : (campaign, framework);
    }

    /// <summary>Validates and saves; throws DomainRuleException (rules) or ConcurrencyConflictException (someone saved in between).</summary>
    public async Task<ValidationResult> ValidateAsync(
        Campaign campaign,
        FrameworkIndex framework,
        Versioned<Assessment> stored,
        CurrentUser manager,
        IReadOnlyDictionary<string, LevelAnswer> adjustments,
        IReadOnlyDictionary<string, string> comments,
        string? overallComment,
        CancellationToken cancellationToken)
    {
        var before = stored.Value;
        var context = new AssessmentContext(campaign, framework, await ProfileAsync(before.ProfileId, framework, cancellationToken));
        var validated = before.Validate(context, manager.ObjectId, adjustments, comments, overallComment, clock);
        var version = await assessments.SaveAsync(validated, stored.Version, cancellationToken);
        dashboards.Forget(campaign.Id);
        await audit.AppendAsync(AuditOf(before, validated, manager), cancellationToken);
        var disagreements = validated.Disagreements();
        LogValidated(logger, campaign.Id, before.PersonId, manager.ObjectId, disagreements.Count);
        return new ValidationResult(campaign.Id, validated.PersonId, validated.Status.ToString(), validated.ValidatedAt, version, disagreements);
    }

    private async Task<JobProfile?> ProfileAsync(string? profileId, FrameworkIndex framework, CancellationToken cancellationToken)
    {
        var profile = profileId is null ? null : (await profiles.GetAsync(profileId, cancellationToken))?.Value;
        return profile is null || profile.Framework == framework.Framework.Ref ? profile : profile.RetargetTo(framework);
    }

    private AuditEntry AuditOf(Assessment before, Assessment after, CurrentUser manager)
    {
        var now = clock.GetUtcNow();
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, answer) in after.ManagerAnswers)
        {
            var previous = before.ManagerAnswers.TryGetValue(code, out var m) ? m : before.SelfAnswer(code);
            if (!previous.Equals(answer))
            {
                details["level " + code] = $"{previous}→{answer}";
            }
        }

        return new AuditEntry(Guid.CreateVersion7(now).ToString("N"), now, manager.ObjectId, "manager", AuditActions.AssessmentValidated, "assessment", $"{after.CampaignId}/{after.PersonId}")
        {
            CampaignId = after.CampaignId,
            SubjectPersonId = after.PersonId,
            Details = details,
        };
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Information, Message = "Assessment {CampaignId}/{PersonId} validated by {ManagerId} ({Changed} level(s) adjusted)")]
    private static partial void LogValidated(ILogger logger, string campaignId, string personId, string managerId, int changed);
}
