using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>Everything the App holds about one person (GDPR access and portability), as exported to HR.</summary>
public sealed record PersonalDataExport(
    string PersonId,
    DateTimeOffset ExportedAt,
    string ExportedBy,
    Person? Profile,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<ExportedAssessment> Assessments,
    IReadOnlyList<ExportedValidation> Validations,
    IReadOnlyList<ExportedComment> Comments,
    IReadOnlyList<ExportedActionItem> ActionItems,
    IReadOnlyList<AuditEntry> AuditEntries)
{
    public bool IsEmpty => Profile is null && Assignments.Count == 0 && Assessments.Count == 0 && ActionItems.Count == 0 && AuditEntries.Count == 0;
}

/// <summary>The person's own answers in one campaign.</summary>
public sealed record ExportedAssessment(
    string CampaignId,
    string Framework,
    string Status,
    string? ProfileId,
    string? TeamId,
    string? ManagerId,
    IReadOnlyDictionary<string, string> SelfLevels,
    IReadOnlyDictionary<string, double>? TimeSharesPercent,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt);

/// <summary>The manager's judgement of the person in one campaign (double evaluation).</summary>
public sealed record ExportedValidation(string CampaignId, string? ValidatedBy, DateTimeOffset? ValidatedAt, IReadOnlyDictionary<string, string> ManagerLevels);

/// <summary>A free-text comment about the person: "self" (theirs, per block) or "manager" (per competency, or overall).</summary>
public sealed record ExportedComment(string CampaignId, string Author, string About, string Text);

/// <summary>An action of a team plan that concerns the person or that they own.</summary>
public sealed record ExportedActionItem(string CampaignId, string TeamId, PlannedAction Action);

internal static class ExportedLevels
{
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyDictionary<string, LevelAnswer> answers) =>
        answers.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value.ToString(), StringComparer.Ordinal);
}
