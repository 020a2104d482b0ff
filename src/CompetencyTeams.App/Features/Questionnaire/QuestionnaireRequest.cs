using System.Globalization;
using System.Text.Json;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>
/// What a card action asks, read from its data (hidden values merged with the inputs). Nothing here is trusted:
/// the campaign, block, codes and levels are all re-checked against the acting person's questionnaire.
/// </summary>
public sealed record QuestionnaireRequest(string Verb, string? CampaignId, string? Block, string? View)
{
    private const int MaxIdLength = 128;

    public IReadOnlyDictionary<string, LevelAnswer> Answers { get; init; } = new Dictionary<string, LevelAnswer>(StringComparer.Ordinal);

    /// <summary>The block comment; null when the action did not send the comment input (keep the stored one).</summary>
    public string? Comment { get; init; }

    public IReadOnlyDictionary<string, double> Shares { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    public bool SharesInHours { get; init; }

    /// <summary>True when a legacy message value carries our data (an Action.Submit of a questionnaire card).</summary>
    public static bool IsQuestionnaireData(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("ct", out var ct) && ct.ValueKind == JsonValueKind.String && ct.GetString() == "questionnaire";

    /// <summary>Reads the action; throws <see cref="DomainRuleException"/> (questionnaire.*) on anything malformed.</summary>
    public static QuestionnaireRequest Parse(string? verb, JsonElement? data)
    {
        if (data is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
        {
            throw Bad("questionnaire.bad-data", "The action data is not an object.");
        }

        var obj = data is { ValueKind: JsonValueKind.Object } o ? o : default;
        verb ??= OptionalString(obj, "verb");
        if (verb is null || !QuestionnaireVerbs.All.Contains(verb))
        {
            throw Bad("questionnaire.unknown-verb", $"Unknown verb '{verb}'.");
        }

        var answers = new Dictionary<string, LevelAnswer>(StringComparer.Ordinal);
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        string? comment = null;
        var hours = false;
        if (obj.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in obj.EnumerateObject())
            {
                if (property.Name.StartsWith(QuestionnaireInputs.AnswerPrefix, StringComparison.Ordinal))
                {
                    answers[Id(property.Name[QuestionnaireInputs.AnswerPrefix.Length..])] = ParseAnswer(property.Value);
                }
                else if (property.Name.StartsWith(QuestionnaireInputs.SharePrefix, StringComparison.Ordinal))
                {
                    shares[Id(property.Name[QuestionnaireInputs.SharePrefix.Length..])] = ParseNumber(property.Value);
                }
                else if (property.Name == QuestionnaireInputs.Comment)
                {
                    comment = Text(property.Value);
                }
                else if (property.Name == QuestionnaireInputs.ShareUnit)
                {
                    hours = Text(property.Value) == QuestionnaireInputs.UnitHours;
                }
            }
        }

        return new QuestionnaireRequest(verb, OptionalId(obj, "campaignId"), OptionalId(obj, "block"), OptionalId(obj, "view"))
        {
            Answers = answers,
            Comment = comment,
            Shares = shares,
            SharesInHours = hours,
        };
    }

    private static LevelAnswer ParseAnswer(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : Text(value);
        if (string.IsNullOrWhiteSpace(text))
        {
            return LevelAnswer.NotAssessed;
        }

        if (text == QuestionnaireInputs.NotApplicableValue)
        {
            return LevelAnswer.NotApplicable;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level)
            ? LevelAnswer.Of(level)
            : throw Bad("questionnaire.bad-level", $"'{Shorten(text)}' is not a level.");
    }

    private static double ParseNumber(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        var text = Text(value)?.Trim().Replace(',', '.');
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw Bad("questionnaire.bad-number", $"'{Shorten(text)}' is not a number.");
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw Bad("questionnaire.bad-data", $"Expected text, got {value.ValueKind}."),
    };

    private static string? OptionalString(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? Text(value) : null;

    private static string? OptionalId(JsonElement obj, string name) => OptionalString(obj, name) is { } id && id.Length > 0 ? Id(id) : null;

    private static string Id(string id) => id.Length is > 0 and <= MaxIdLength && !id.Any(char.IsControl)
        ? id
        : throw Bad("questionnaire.bad-data", "An identifier in the card data is empty, too long or malformed.");

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    private static DomainRuleException Bad(string code, string message) => new(code, message);
}
