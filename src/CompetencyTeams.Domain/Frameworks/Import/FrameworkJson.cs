using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>
/// Our own JSON format: <c>{"format": "competencyteams/framework", "formatVersion": 1, "framework": {…}}</c>.
/// Reading is strict: unknown or missing fields, wrong types and integrity problems are reported with the line and
/// the field path, and nothing is returned.
/// </summary>
public static class FrameworkJson
{
    public const string FormatName = "competencyteams/framework";
    public const int FormatVersion = 1;

    /// <summary>The serializer settings of our files (camelCase, enums as strings, readable French, strict on read).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(CompetencyFramework framework) =>
        JsonSerializer.Serialize(new FrameworkDocument(FormatName, FormatVersion, framework), Options) + "\n";

    public static CompetencyFramework Deserialize(string json)
    {
        FrameworkDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<FrameworkDocument>(json, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            throw new FrameworkImportException(FirstSentence(e.Message), line, string.IsNullOrEmpty(e.Path) ? null : e.Path, e);
        }
        catch (ArgumentException e)
        {
            // System.Text.Json refuses text holding a lone UTF-16 surrogate before reading anything.
            throw new FrameworkImportException("the file is not valid Unicode text", null, null, e);
        }

        if (document is null)
        {
            throw new FrameworkImportException("the file is empty (null)", 1, null);
        }

        if (!string.Equals(document.Format, FormatName, StringComparison.Ordinal))
        {
            throw new FrameworkImportException($"expected \"{FormatName}\", found \"{document.Format}\"", null, "$.format");
        }

        if (document.FormatVersion != FormatVersion)
        {
            throw new FrameworkImportException($"format version {document.FormatVersion} is not supported (expected {FormatVersion})", null, "$.formatVersion");
        }

        return EnsureValid(document.Framework);
    }

    /// <summary>Throws a <see cref="FrameworkImportException"/> naming the first integrity problem (all are listed in the message).</summary>
    public static CompetencyFramework EnsureValid(CompetencyFramework framework)
    {
        var errors = FrameworkValidator.Validate(framework);
        if (errors.Count > 0)
        {
            var first = errors[0];
            var colon = first.IndexOf(':', StringComparison.Ordinal);
            var field = colon > 0 ? "$.framework." + first[..colon] : null;
            var reason = errors.Count == 1 ? first[(colon + 1)..].Trim() : $"{first[(colon + 1)..].Trim()} (and {errors.Count - 1} more: {string.Join("; ", errors.Skip(1).Take(5))})";
            throw new FrameworkImportException(reason, null, field);
        }

        return framework;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record FrameworkDocument(string Format, int FormatVersion, CompetencyFramework Framework);
}
