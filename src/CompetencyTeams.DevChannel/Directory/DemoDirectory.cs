using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Directory;

/// <summary>The demo organisation's people and teams, read once from Demo/demo-organisation.json (or the configured file).</summary>
public sealed class DemoDirectory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, DemoPerson> _byId;

    public DemoDirectory(IOptions<DirectoryOptions> options, IWebHostEnvironment environment)
    {
        var path = Path.GetFullPath(options.Value.DemoOrganisationPath ?? Path.Combine(environment.ContentRootPath, "Demo", "demo-organisation.json"));
        Organisation = JsonSerializer.Deserialize<DemoOrganisation>(File.ReadAllText(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no organisation.");
        _byId = Organisation.People.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
    }

    public DemoOrganisation Organisation { get; }

    public string TenantId => Organisation.TenantId;

    public IReadOnlyList<DemoPerson> People => Organisation.People;

    public DemoPerson? Find(string id) => _byId.GetValueOrDefault(id);

    public DemoPerson? FindByChannelUserId(string channelUserId) =>
        Organisation.People.FirstOrDefault(p => p.ChannelUserId == channelUserId);

    public IEnumerable<DemoPerson> DirectReportsOf(string managerId) =>
        Organisation.People.Where(p => string.Equals(p.ManagerId, managerId, StringComparison.OrdinalIgnoreCase));
}

public sealed class DirectoryOptions
{
    public const string SectionName = "DevChannel:Directory";

    /// <summary>Path of the demo organisation file; defaults to Demo/demo-organisation.json under the content root.</summary>
    public string? DemoOrganisationPath { get; set; }
}
