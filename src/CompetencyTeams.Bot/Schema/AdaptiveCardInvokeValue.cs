using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompetencyTeams.Bot.Schema;

/// <summary>The value of an adaptiveCard/action invoke (Universal Actions).</summary>
public sealed record AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; init; }

    /// <summary>manual (a click) or automatic (a refresh).</summary>
    public string? Trigger { get; init; }

    public JsonElement? Authentication { get; init; }

    public string? State { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record AdaptiveCardInvokeAction
{
    /// <summary>Action.Execute.</summary>
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Verb { get; init; }

    /// <summary>The card inputs, keyed by input id, merged with the action's data.</summary>
    public JsonElement? Data { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
