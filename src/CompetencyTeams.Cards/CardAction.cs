using System.Text.Json.Serialization;
using CompetencyTeams.Cards.Actions;

namespace CompetencyTeams.Cards;

/// <summary>A button (or select action); "type" is written from the concrete type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    [JsonPropertyOrder(-1)]
    public string? Title { get; init; }

    [JsonPropertyOrder(100)]
    public string? Id { get; init; }

    /// <summary>Teams ignores positive/destructive styling, but other hosts honour it.</summary>
    [JsonPropertyOrder(101)]
    public ActionStyle? Style { get; init; }

    [JsonPropertyOrder(102)]
    public bool? IsEnabled { get; init; }

    [JsonPropertyOrder(103)]
    public string? Tooltip { get; init; }

    [JsonPropertyOrder(104)]
    public ActionMode? Mode { get; init; }

    /// <summary>What a client that lacks this action shows instead, e.g. an Action.Submit for an Action.Execute.</summary>
    [JsonPropertyOrder(105)]
    public Fallback<CardAction>? Fallback { get; init; }

    [JsonPropertyOrder(106)]
    public IReadOnlyDictionary<string, string>? Requires { get; init; }
}
