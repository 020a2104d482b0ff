using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards.Actions;

/// <summary>Shows or hides elements by id on the client, without a round trip (e.g. "savoirs associés").</summary>
public sealed record ToggleVisibilityAction(IReadOnlyList<TargetElement> TargetElements) : CardAction;

/// <summary>An element to toggle; <see cref="IsVisible"/> forces a state, null flips it.</summary>
public sealed record TargetElement(string ElementId)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TargetElement";

    public bool? IsVisible { get; init; }

#pragma warning disable CA2225 // The constructor is the named alternative.
    public static implicit operator TargetElement(string elementId) => new(elementId);
#pragma warning restore CA2225
}
