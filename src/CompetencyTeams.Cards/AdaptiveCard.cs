using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CompetencyTeams.Cards.Serialization;

namespace CompetencyTeams.Cards;

/// <summary>
/// The root of an Adaptive Card (schema 1.5, the highest version Teams renders for bot-sent cards).
/// Serialize with <see cref="ToJson"/>; send as an attachment of <see cref="ContentType"/>.
/// </summary>
public sealed record AdaptiveCard
{
    /// <summary>The attachment content type of an Adaptive Card (and of a card in an invoke response).</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The schema version the cards of this product target.</summary>
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = SchemaVersion;

    /// <summary>Universal Actions refresh: the action the client runs to fetch the current card for the listed users.</summary>
    public Refresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    public CardAction? SelectAction { get; init; }

    /// <summary>Shown by clients that cannot render this version (and in notifications).</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>Two-letter ISO 639-1 language of the card ("fr", "en").</summary>
    public string? Lang { get; init; }

    public bool? Rtl { get; init; }

    /// <summary>Minimum height in pixels, e.g. "200px".</summary>
    public string? MinHeight { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    /// <summary>Teams host extension (not part of the Adaptive Card schema), e.g. full-width cards.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }

    /// <summary>The card as compact JSON (UTF-8 text, accented letters unescaped).</summary>
    public string ToJson() => CardJson.ToJson(this);

    public JsonObject ToJsonNode() => CardJson.ToJsonNode(this);

    /// <summary>The size in bytes of <see cref="ToJson"/> encoded as UTF-8, the figure Teams' message size limit applies to.</summary>
    public int Utf8Size() => CardJson.Utf8Size(this);
}
