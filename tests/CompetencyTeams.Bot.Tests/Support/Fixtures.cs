using System.Text.Json.Nodes;

namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>Teams activity payloads written from the documented formats (Fixtures/*.json).</summary>
public static class Fixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The fixture with a fresh activity id, so that shared hosts can tell test runs apart.</summary>
    public static JsonObject WithNewId(string name, out string id)
    {
        var json = JsonNode.Parse(Text(name))!.AsObject();
        id = TestActivities.NewId();
        json["id"] = id;
        return json;
    }

    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json").Select(f => new object[] { Path.GetFileName(f) });
}
