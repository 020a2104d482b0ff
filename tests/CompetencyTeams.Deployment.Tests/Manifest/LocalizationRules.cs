using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>Every localized string exists in every language and points at a real manifest string.</summary>
public static partial class LocalizationRules
{
    public static IReadOnlyList<string> Check(AppPackage package)
    {
        var errors = new List<string>();
        var manifest = package.Manifest;
        var info = manifest["localizationInfo"]?.AsObject();
        if (info is null)
        {
            return ["manifest.json: no localizationInfo"];
        }

        var files = new List<(string File, bool IsDefault)>();
        if (info["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
        {
            files.Add((defaultFile, true));
        }

        files.AddRange((info["additionalLanguages"]?.AsArray() ?? []).Select(language => (language!["file"]!.GetValue<string>(), false)));
        var keysByFile = new Dictionary<string, HashSet<string>>();
        foreach (var (file, isDefault) in files)
        {
            if (!package.Entries.ContainsKey(file))
            {
                errors.Add($"{file}: missing from the package");
                continue;
            }

            var strings = package.Json(file);
            var keys = strings.Select(pair => pair.Key).Where(key => key is not "$schema" and not "localizationKeys").ToHashSet();
            keysByFile[file] = keys;
            foreach (var key in keys)
            {
                var inManifest = ValueAt(manifest, key);
                var localized = strings[key]?.GetValue<string>();
                if (inManifest is null)
                {
                    errors.Add($"{file}: {key} matches nothing in manifest.json");
                }
                else if (string.IsNullOrWhiteSpace(localized))
                {
                    errors.Add($"{file}: {key} is empty");
                }
                else if (isDefault && localized != inManifest)
                {
                    errors.Add($"{file}: {key} differs from manifest.json");
                }
            }
        }

        foreach (var (file, keys) in keysByFile)
        {
            var all = keysByFile.Values.SelectMany(set => set).ToHashSet();
            errors.AddRange(all.Except(keys).Order(StringComparer.Ordinal).Select(key => $"{file}: missing key {key}"));
        }

        return errors;
    }

    /// <summary>"bots[0].commandLists[0].commands[1].title" → that string in the manifest, or null.</summary>
    public static string? ValueAt(JsonNode manifest, string key)
    {
        JsonNode? node = manifest;
        foreach (var part in key.Split('.'))
        {
            var match = PathPart().Match(part);
            if (!match.Success || node is not JsonObject obj)
            {
                return null;
            }

            node = obj[match.Groups["name"].Value];
            foreach (Capture index in match.Groups["index"].Captures)
            {
                node = node is JsonArray array && int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture) < array.Count
                    ? array[int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture)]
                    : null;
            }
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    [GeneratedRegex(@"^(?<name>[^\[\]]+)(?:\[(?<index>\d+)\])*$")]
    private static partial Regex PathPart();
}
