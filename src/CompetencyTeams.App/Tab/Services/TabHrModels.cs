using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Tab.Services;

public sealed record TabFrameworkVersion(string FrameworkId, int Version, string Name, string? Language, string Status, DateTimeOffset? PublishedAt, int CompetencyCount);

/// <summary>The level scale of one framework version (GET /hr/level-scale).</summary>
public sealed record TabLevelScaleView(string FrameworkId, int Version, Domain.Frameworks.LevelScale Scale);

public sealed record TabFteNeeded(double Now, double AtHorizon);

public sealed record TabProfile(
    string Id,
    LocalizedText Name,
    TabFrameworkRef Framework,
    IReadOnlyDictionary<string, int> RequiredLevels,
    TabFteNeeded FteNeeded,
    IReadOnlyDictionary<string, TabFteNeeded>? FteNeededPerBlock,
    DateOnly? HorizonDate,
    string? Version);

public sealed record TabTeam(string Id, string Name, string? ManagerId, string? ParentTeamId);

public sealed record TabPerson(string ObjectId, string DisplayName, string? UserPrincipalName, string? TeamId, string? ManagerId, string? ProfileId, double Fte, string? PreferredLocale, bool IsActive, bool Reachable);

public sealed record TabImported(int Imported);

public sealed record TabProvisioning(bool ChangedAnything, IReadOnlyList<string> CreatedLists, IReadOnlyList<string> AddedColumns);

public sealed record TabAudience(bool Everyone, IReadOnlyList<string> TeamIds, IReadOnlyList<string> ProfileIds, IReadOnlyList<string> PersonIds);

public sealed record TabReminders(IReadOnlyList<int> DaysBeforeDeadline, TimeOnly TimeOfDay, bool SkipWeekends, string TimeZoneId);

public sealed record TabRecurrence(int IntervalMonths);

/// <summary>A campaign as HR reads it; <see cref="AllowedActions"/> says which buttons apply in its state.</summary>
public sealed record TabCampaign(
    string Id,
    LocalizedText Name,
    TabFrameworkRef Framework,
    TabAudience Audience,
    bool ManagerValidates,
    bool DeclareTimeShares,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    TabReminders? Reminders,
    TabRecurrence? Recurrence,
    string State,
    DateTimeOffset? LaunchedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? CancelledAt,
    string? CancelReason,
    int AudienceSize,
    IReadOnlyList<string> AllowedActions,
    string? Version);

/// <summary>The body of POST /hr/campaigns and PUT /hr/campaigns/{id} (version null to create).</summary>
public sealed record TabCampaignEdit(
    string? Id,
    LocalizedText Name,
    TabFrameworkRef Framework,
    TabAudience Audience,
    bool ManagerValidates,
    bool DeclareTimeShares,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    TabReminders? Reminders,
    string? Version)
{
    /// <summary>Null: the campaign does not recur (the API clears a recurrence that is absent from an edit).</summary>
    public TabRecurrence? Recurrence { get; init; }
}

public sealed record TabCampaignActionResult(TabCampaign Campaign);

public sealed record TabParticipant(string PersonId, string DisplayName, string? TeamId, string? ManagerId, string State, string? FailureReason, string? LastError, int Attempts);

public sealed record TabParticipation(
    string CampaignId,
    int Total,
    IReadOnlyDictionary<string, int> ByState,
    IReadOnlyDictionary<string, int> FailedByReason,
    int Matching,
    IReadOnlyList<TabParticipant> Items,
    string? Continuation);

/// <summary>The filters of the participation report.</summary>
public sealed record TabParticipationQuery(string? State, string? TeamId, string? Continuation, int PageSize = 50);
