using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>
/// The stand-in's SharePoint sites, lists and items and the installed apps, in memory, saved to a JSON file after
/// every change when a data folder is configured. Callers hold <see cref="Gate"/> while they read or change anything.
/// </summary>
public sealed class GraphStore
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string? _snapshotPath;

    public GraphStore(IOptions<GraphStandInOptions> options, TimeProvider clock)
    {
        Clock = clock;
        if (!string.IsNullOrWhiteSpace(options.Value.DataFolder))
        {
            _snapshotPath = System.IO.Path.Combine(System.IO.Path.GetFullPath(options.Value.DataFolder), "graph.json");
        }

        var snapshot = Load();
        Sites = snapshot.Sites;
        InstalledApps = snapshot.InstalledApps;
        var (hostname, path) = SplitSiteKey(options.Value.DefaultSite)
            ?? throw new InvalidOperationException("DevChannel:Graph:DefaultSite must look like hostname:/path.");
        EnsureSite(hostname, path);
    }

    public Lock Gate { get; } = new();

    public TimeProvider Clock { get; }

    public List<SiteEntry> Sites { get; private set; }

    public List<InstalledApp> InstalledApps { get; private set; }

    /// <summary>Splits "host:/path" (the key the SDK sends, once decoded) into its hostname and server-relative path.</summary>
    public static (string Hostname, string Path)? SplitSiteKey(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var path = key[(colon + 1)..].TrimEnd(':');
        return (key[..colon], path.Length == 0 ? "/" : "/" + path.Trim('/'));
    }

    public SiteEntry EnsureSite(string hostname, string path)
    {
        lock (Gate)
        {
            var existing = FindSiteByPath(hostname, path);
            if (existing is not null)
            {
                return existing;
            }

            var site = new SiteEntry
            {
                Id = $"{hostname},{StableGuid("site|" + hostname + path)},{StableGuid("web|" + hostname + path)}",
                Hostname = hostname,
                Path = path,
                DisplayName = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? hostname,
            };
            Sites.Add(site);
            Changed();
            return site;
        }
    }

    public SiteEntry? FindSiteByPath(string hostname, string path) =>
        Sites.FirstOrDefault(s => string.Equals(s.Hostname, hostname, StringComparison.OrdinalIgnoreCase)
            && string.Equals(s.Path.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    public SiteEntry? FindSite(string key)
    {
        if (SplitSiteKey(key) is { } byPath && !key.Contains(',', StringComparison.Ordinal))
        {
            return FindSiteByPath(byPath.Hostname, byPath.Path);
        }

        return Sites.FirstOrDefault(s => string.Equals(s.Id, key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Drops every list, item and installed app (the default site stays).</summary>
    public void Reset()
    {
        lock (Gate)
        {
            foreach (var site in Sites)
            {
                site.Lists.Clear();
            }

            InstalledApps.Clear();
            Changed();
        }
    }

    /// <summary>Saves the snapshot; called under <see cref="Gate"/> after each change.</summary>
    public void Changed()
    {
        if (_snapshotPath is null)
        {
            return;
        }

        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_snapshotPath)!);
        var temporary = _snapshotPath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new GraphSnapshot(Sites, InstalledApps), SnapshotJson));
        File.Move(temporary, _snapshotPath, overwrite: true);
    }

    public static Guid StableGuid(string seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes(seed)).AsSpan(0, 16));

    private GraphSnapshot Load()
    {
        if (_snapshotPath is null || !File.Exists(_snapshotPath))
        {
            return new GraphSnapshot([], []);
        }

        var snapshot = JsonSerializer.Deserialize<GraphSnapshot>(File.ReadAllText(_snapshotPath), SnapshotJson);
        return snapshot ?? new GraphSnapshot([], []);
    }
}
