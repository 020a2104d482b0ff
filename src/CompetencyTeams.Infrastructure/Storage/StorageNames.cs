namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>The logical names of our tables and queues; <see cref="StorageNaming"/> adds the configured prefix.</summary>
public static class StorageNames
{
    public const string Frameworks = "Frameworks";
    public const string Profiles = "Profiles";
    public const string People = "People";
    public const string Teams = "Teams";
    public const string Campaigns = "Campaigns";
    public const string Assignments = "Assignments";
    public const string Assessments = "Assessments";
    public const string TeamSummaries = "TeamSummaries";
    public const string ActionPlans = "ActionPlans";
    public const string AuditLog = "AuditLog";

    /// <summary>Delivery work (invitations, reminders, closing notes), consumed by the delivery engine.</summary>
    public const string DeliveryQueue = "delivery";

    public const string PoisonSuffix = "-poison";
}
