using System.Text.Json;
using CompetencyTeams.Deployment.Tests.Support;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>The values a package is built from (manifest/sample.config.json in the tests).</summary>
public sealed record SampleValues(string TeamsAppId, string BotId, string ClientId, string Domain, string Version)
{
    public static string ConfigPath => DeploymentPaths.InRepository("manifest", "sample.config.json");

    public static SampleValues Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ConfigPath));
        var root = document.RootElement;
        string Read(string name) => root.GetProperty(name).GetString() ?? throw new InvalidDataException($"{name} is null");
        return new SampleValues(Read("teamsAppId"), Read("botId"), Read("clientId"), Read("domain"), Read("version"));
    }
}
