using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>GET /api/tab/me.</summary>
public sealed record TabMe(string ObjectId, string? DisplayName, bool IsHr, bool IsManager, IReadOnlyList<TabManagedTeam> ManagedTeams);

public sealed record TabManagedTeam(string Id, string Name);

/// <summary>A page of a list that can grow (docs/api.md, "Paging").</summary>
public sealed record TabPage<T>(IReadOnlyList<T> Items, string? Continuation);

public sealed record TabFrameworkRef(string FrameworkId, int Version);

/// <summary>One line of GET /api/tab/campaigns.</summary>
public sealed record TabCampaignSummary(
    string Id,
    LocalizedText Name,
    string State,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    DateTimeOffset? ClosedAt,
    TabFrameworkRef Framework,
    bool ManagerValidates,
    int AudienceSize,
    IReadOnlyList<string> ManagedTeamIds);

/// <summary>GET/POST …/publication: none | pending | done | failed.</summary>
public sealed record TabPublication(
    string CampaignId,
    string TeamId,
    string State,
    DateTimeOffset? RequestedAt,
    DateTimeOffset? CompletedAt,
    string? Link,
    string? FailureReason,
    bool WillRetry,
    DateTimeOffset? RetryAt);
