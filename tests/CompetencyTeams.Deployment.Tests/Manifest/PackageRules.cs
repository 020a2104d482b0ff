using System.Text.Json.Nodes;

namespace CompetencyTeams.Deployment.Tests.Manifest;

/// <summary>Our own checks of a built package: layout, ids and URLs consistent with the configuration, icons, strings.</summary>
public static class PackageRules
{
    public static readonly IReadOnlySet<string> ExpectedFiles =
        new HashSet<string>(["manifest.json", "en.json", "fr.json", "color.png", "outline.png"], StringComparer.Ordinal);

    public static IReadOnlyList<string> Check(AppPackage package, SampleValues expected)
    {
        var errors = new List<string>();
        errors.AddRange(Layout(package));
        if (!package.Entries.ContainsKey("manifest.json"))
        {
            return errors;
        }

        errors.AddRange(Ids(package.Manifest, expected));
        errors.AddRange(Urls(package.Manifest, expected.Domain));
        errors.AddRange(LocalizationRules.Check(package));
        errors.AddRange(Icon(package, "color", IconRules.CheckColor));
        errors.AddRange(Icon(package, "outline", IconRules.CheckOutline));
        return errors;
    }

    public static IEnumerable<string> Layout(AppPackage package)
    {
        foreach (var name in package.Entries.Keys.Where(name => !ExpectedFiles.Contains(name)))
        {
            yield return name.Contains('/', StringComparison.Ordinal) ? $"zip layout: {name} is not at the root" : $"zip layout: unexpected {name}";
        }

        foreach (var name in ExpectedFiles.Where(name => !package.Entries.ContainsKey(name)))
        {
            yield return $"zip layout: {name} missing at the root";
        }
    }

    public static IEnumerable<string> Ids(JsonObject manifest, SampleValues expected)
    {
        var bot = manifest["bots"]?[0];
        var sso = manifest["webApplicationInfo"];
        var checks = new (string What, string? Actual, string Expected)[]
        {
            ("id", Text(manifest["id"]), expected.TeamsAppId),
            ("version", Text(manifest["version"]), expected.Version),
            ("bots[0].botId", Text(bot?["botId"]), expected.BotId),
            ("webApplicationInfo.id", Text(sso?["id"]), expected.ClientId),
            ("webApplicationInfo.resource", Text(sso?["resource"]), $"api://{expected.Domain}/{expected.ClientId}"),
        };
        foreach (var (what, actual, wanted) in checks.Where(check => !string.Equals(check.Actual, check.Expected, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"{what} is {actual ?? "missing"}, expected {wanted}";
        }

        var domains = manifest["validDomains"]?.AsArray().Select(Text).ToList() ?? [];
        if (!domains.Contains(expected.Domain))
        {
            yield return $"validDomains [{string.Join(", ", domains)}] lacks {expected.Domain}";
        }
    }

    public static IEnumerable<string> Urls(JsonObject manifest, string domain)
    {
        var urls = new List<(string What, string? Url)>();
        foreach (var property in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            urls.Add(($"developer.{property}", Text(manifest["developer"]?[property])));
        }

        foreach (var tab in manifest["staticTabs"]?.AsArray() ?? [])
        {
            if (tab?["contentUrl"] is not null || tab?["websiteUrl"] is not null)
            {
                urls.Add(($"staticTabs[{Text(tab["entityId"])}].contentUrl", Text(tab["contentUrl"])));
                urls.Add(($"staticTabs[{Text(tab["entityId"])}].websiteUrl", Text(tab["websiteUrl"])));
            }
        }

        foreach (var (what, url) in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host != domain)
            {
                yield return $"{what} = {url ?? "missing"} is not an https URL on {domain}";
            }
        }
    }

    private static IEnumerable<string> Icon(AppPackage package, string role, Func<byte[], IReadOnlyList<string>> check)
    {
        var name = Text(package.Manifest["icons"]?[role]);
        return name is not null && package.Entries.TryGetValue(name, out var png) ? check(png) : [$"icons.{role} ({name}) is not in the package"];
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
