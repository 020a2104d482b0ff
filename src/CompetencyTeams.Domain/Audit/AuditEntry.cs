namespace CompetencyTeams.Domain.Audit;

/// <summary>
/// Who did what, when, to what: one line of the audit log (HR and manager changes, and reads of other people's data).
/// <see cref="SubjectPersonId"/> is the person whose data was touched (GDPR export and pseudonymization key on it).
/// </summary>
public sealed record AuditEntry(string Id, DateTimeOffset At, string ActorId, string ActorRole, string Action, string TargetType, string TargetId)
{
    public string? CampaignId { get; init; }

    public string? SubjectPersonId { get; init; }

    /// <summary>Small before/after facts ("level 1.1.2": "2→3"); never whole comments.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>Action names used in the audit log.</summary>
public static class AuditActions
{
    public const string FrameworkImported = "framework.imported";
    public const string FrameworkPublished = "framework.published";
    public const string ProfileSaved = "profile.saved";
    public const string PersonImported = "person.imported";
    public const string CampaignCreated = "campaign.created";
    public const string CampaignChanged = "campaign.changed";
    public const string CampaignLaunched = "campaign.launched";
    public const string CampaignClosed = "campaign.closed";
    public const string CampaignCancelled = "campaign.cancelled";
    public const string DeliveryRetried = "delivery.retried";
    public const string AssessmentValidated = "assessment.validated";
    public const string AssessmentRead = "assessment.read";
    public const string ActionPlanChanged = "actionplan.changed";
    public const string SummaryPublished = "summary.published";
    public const string PersonExported = "person.exported";
    public const string PersonErased = "person.erased";
    public const string PersonalDataRead = "personal-data.read";
    public const string PersonalDataChanged = "personal-data.changed";
    public const string RetentionPurged = "retention.purged";
}
