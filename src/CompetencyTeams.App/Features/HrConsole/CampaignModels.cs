using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>A French/English text as the tab sends it (either may be missing).</summary>
public sealed record TextInput(string? Fr, string? En)
{
    public LocalizedText ToText() => new(Fr?.Trim() ?? "", En?.Trim() ?? "");
}

public sealed record AudienceInput(bool Everyone, IReadOnlyList<string>? TeamIds, IReadOnlyList<string>? ProfileIds, IReadOnlyList<string>? PersonIds)
{
    public AudienceSpec ToSpec() => Everyone ? AudienceSpec.All : AudienceSpec.Of(Clean(TeamIds), Clean(ProfileIds), Clean(PersonIds));

    private static IEnumerable<string> Clean(IReadOnlyList<string>? ids) =>
        (ids ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.Ordinal);
}

public sealed record RemindersInput(IReadOnlyList<int>? DaysBeforeDeadline, TimeOnly? TimeOfDay, bool? SkipWeekends, string? TimeZoneId)
{
    public const string DefaultTimeZone = "Europe/Paris";

    public ReminderPlan ToPlan() => new([.. (DaysBeforeDeadline ?? []).Distinct().OrderDescending()], TimeOfDay ?? new TimeOnly(9, 0), SkipWeekends ?? true, TimeZoneId ?? DefaultTimeZone);
}

/// <summary>A new draft campaign. <see cref="Id"/> is generated when absent.</summary>
public sealed record CreateCampaignRequest(
    string? Id,
    TextInput? Name,
    FrameworkRef? Framework,
    AudienceInput? Audience,
    bool? ManagerValidates,
    bool? DeclareTimeShares,
    DateTimeOffset? OpensAt,
    DateTimeOffset? Deadline,
    RemindersInput? Reminders,
    Recurrence? Recurrence);

/// <summary>An edit: absent fields stay as they are; fields equal to the stored value are not "changes".</summary>
public sealed record EditCampaignRequest(
    string? Version,
    TextInput? Name,
    FrameworkRef? Framework,
    AudienceInput? Audience,
    bool? ManagerValidates,
    bool? DeclareTimeShares,
    DateTimeOffset? OpensAt,
    DateTimeOffset? Deadline,
    RemindersInput? Reminders,
    Recurrence? Recurrence);

/// <summary>The body of the actions that change a campaign read before (schedule, unschedule, cancel).</summary>
public sealed record CampaignActionRequest(string? Version, string? Reason);

public sealed record AudienceView(bool Everyone, IReadOnlyList<string> TeamIds, IReadOnlyList<string> ProfileIds, IReadOnlyList<string> PersonIds);

public sealed record CampaignView(
    string Id,
    LocalizedText Name,
    FrameworkRef Framework,
    AudienceView Audience,
    bool ManagerValidates,
    bool DeclareTimeShares,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    ReminderPlan Reminders,
    Recurrence? Recurrence,
    CampaignStatus State,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ScheduledAt,
    DateTimeOffset? LaunchedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    int AudienceSize,
    IReadOnlyList<string> AllowedActions,
    string Version)
{
    public static CampaignView Of(Versioned<Campaign> stored)
    {
        var c = stored.Value;
        return new CampaignView(
            c.Id, c.Name, c.Framework, new AudienceView(c.Audience.Everyone, c.Audience.TeamIds, c.Audience.ProfileIds, c.Audience.PersonIds),
            c.ManagerValidates, c.DeclareTimeShares, c.OpensAt, c.Deadline, c.Reminders, c.Recurrence, c.Status, c.CreatedBy, c.CreatedAt,
            c.ScheduledAt, c.LaunchedAt, c.ClosedAt, c.CancelledAt, c.CancelReason, c.AudienceSize, AllowedActionsIn(c.Status), stored.Version);
    }

    /// <summary>What the HR screens may offer in each state (the server checks again on every action).</summary>
    public static IReadOnlyList<string> AllowedActionsIn(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => ["edit", "schedule", "cancel"],
        CampaignStatus.Scheduled => ["edit", "unschedule", "launch-now", "cancel"],
        CampaignStatus.Running => ["edit", "cancel", "remind-now", "retry-failed", "close-now"],
        _ => [],
    };
}

/// <summary>The answer of a campaign action: the campaign as it is now, and what the action did.</summary>
public sealed record CampaignActionResult(CampaignView Campaign)
{
    public bool? Launched { get; init; }

    public bool? Closed { get; init; }

    public string? ReminderKey { get; init; }

    public int? Retried { get; init; }
}
