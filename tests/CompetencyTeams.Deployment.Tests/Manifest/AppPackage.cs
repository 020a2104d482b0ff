using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>The files of a Teams app package, by their name inside the zip.</summary>
public sealed class AppPackage(IReadOnlyDictionary<string, byte[]> entries)
{
    public IReadOnlyDictionary<string, byte[]> Entries { get; } = entries;

    public static AppPackage Load(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries[entry.FullName] = buffer.ToArray();
        }

        return new AppPackage(entries);
    }

    public JsonObject Json(string name) =>
        JsonNode.Parse(Encoding.UTF8.GetString(Entries[name]).TrimStart('\uFEFF'))?.AsObject()
        ?? throw new InvalidDataException($"{name} is not a JSON object.");

    public JsonObject Manifest => Json("manifest.json");

    public AppPackage With(string name, byte[] content) =>
        new(new Dictionary<string, byte[]>(Entries, StringComparer.Ordinal) { [name] = content });

    public AppPackage With(string name, JsonNode content) => With(name, Encoding.UTF8.GetBytes(content.ToJsonString()));

    public AppPackage Without(string name) =>
        new(Entries.Where(entry => entry.Key != name).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal));

    public void WriteZip(string zipPath)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var (name, content) in Entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }
    }
}
