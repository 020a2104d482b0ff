using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CompetencyTeams.TestSupport.Cards;

/// <summary>
/// Validates card JSON against the official Adaptive Card 1.5 JSON schema (draft-06), read from
/// shared/reference — never copied into the repository. The schema forbids unknown properties, which the
/// renderer tolerates, so the two validators complement each other.
/// </summary>
/// <remarks>
/// One amendment, made in memory: the root card may carry Teams' "msteams" host extension
/// ({"width": "Full"}), which Teams documents but the Adaptive Card schema does not know. It is validated
/// strictly (only "width": "Full" and "entities"), so a typo there still fails.
/// </remarks>
public sealed class AdaptiveCardSchemaValidator
{
    private static readonly SemaphoreSlim LoadLock = new(1, 1);
    private static AdaptiveCardSchemaValidator? _shared;

    private readonly JsonSchema _schema;

    private AdaptiveCardSchemaValidator(JsonSchema schema) => _schema = schema;

    /// <summary>The validator for this test run (the schema is parsed once); throws when the schema is unavailable.</summary>
    public static async Task<AdaptiveCardSchemaValidator> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (_shared is { } loaded)
        {
            return loaded;
        }

        await LoadLock.WaitAsync(cancellationToken);
        try
        {
            if (CardValidationPrerequisites.SchemaUnavailableReason is { } reason)
            {
                throw new InvalidOperationException(reason);
            }

            // NJsonSchema checks "pattern" with the static Regex methods, whose cache (15 by default) is smaller than the
            // schema's ~25 enum patterns: without this, patterns are recompiled on every check.
            Regex.CacheSize = Math.Max(Regex.CacheSize, 100);
            var path = CardValidationPrerequisites.SchemaPath!;
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var schema = await JsonSchema.FromJsonAsync(WithTeamsExtension(text), path, cancellationToken);
            return _shared ??= new AdaptiveCardSchemaValidator(schema);
        }
        finally
        {
            LoadLock.Release();
        }
    }

    /// <summary>The schema errors of one card; empty when it conforms.</summary>
    public IReadOnlyList<CardIssue> Validate(string cardJson)
    {
        ICollection<ValidationError> errors;
        try
        {
            // One shared schema object; NJsonSchema does not promise that concurrent validations are safe.
            lock (_schema)
            {
                errors = _schema.Validate(cardJson);
            }
        }
        catch (Newtonsoft.Json.JsonReaderException e)
        {
            return [new CardIssue("json", "InvalidJson", e.Message)];
        }

        return [.. errors.Select(SchemaErrorFormatter.ToIssue)];
    }

    public CardCheckResult Check(NamedCardJson card) => new(card.Name, Validate(card.Json), []);

    private static string WithTeamsExtension(string schemaText)
    {
        var schema = JsonNode.Parse(schemaText)!.AsObject();
        var cardProperties = schema["definitions"]!["AdaptiveCard"]!["properties"]!.AsObject();
        cardProperties["msteams"] = new JsonObject
        {
            ["description"] = "Teams host extension (added by CompetencyTeams' test harness, not part of the official schema).",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["width"] = new JsonObject { ["enum"] = new JsonArray("Full") },
                ["entities"] = new JsonObject { ["type"] = "array" },
            },
            ["additionalProperties"] = false,
        };
        return schema.ToJsonString();
    }
}
