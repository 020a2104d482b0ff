using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>A SharePoint site: its id has Graph's "{hostname},{siteCollectionId},{webId}" form.</summary>
public sealed class SiteEntry
{
    public required string Id { get; init; }

    public required string Hostname { get; init; }

    /// <summary>Server-relative path, e.g. "/sites/competences".</summary>
    public required string Path { get; init; }

    public required string DisplayName { get; init; }

    public List<ListEntry> Lists { get; init; } = [];

    public string WebUrl => $"https://{Hostname}{Path}";
}

public sealed class ListEntry
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required string Template { get; init; }

    public required DateTimeOffset Created { get; init; }

    /// <summary>Column definitions as Graph shapes them (name, indexed, and one type facet such as text or number).</summary>
    public List<JsonObject> Columns { get; init; } = [];

    public List<ItemEntry> Items { get; init; } = [];

    public int NextItemId { get; set; } = 1;

    /// <summary>The URL segment SharePoint derives from the display name at creation.</summary>
    public string Name => new(DisplayName.Where(char.IsLetterOrDigit).ToArray());

    public JsonObject? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals((string?)c["name"], name, StringComparison.OrdinalIgnoreCase));
}

public sealed class ItemEntry
{
    public required string Id { get; init; }

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    public int Version { get; set; } = 1;

    public JsonObject Fields { get; init; } = [];
}

/// <summary>An app installed in a user's personal scope (users/{id}/teamwork/installedApps).</summary>
public sealed record InstalledApp(string InstallationId, string UserId, string TeamsAppId, DateTimeOffset InstalledAt);

/// <summary>What the JSON snapshot file holds.</summary>
public sealed record GraphSnapshot(List<SiteEntry> Sites, List<InstalledApp> InstalledApps);
