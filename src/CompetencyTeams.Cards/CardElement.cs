using System.Text.Json.Serialization;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Cards.Inputs;

namespace CompetencyTeams.Cards;

/// <summary>An element of a card body; "type" is written from the concrete type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
public abstract record CardElement
{
    /// <summary>Needed for inputs, and for elements that Action.ToggleVisibility targets. Unique within a card.</summary>
    [JsonPropertyOrder(100)]
    public string? Id { get; init; }

    [JsonPropertyOrder(101)]
    public Spacing? Spacing { get; init; }

    [JsonPropertyOrder(102)]
    public bool? Separator { get; init; }

    [JsonPropertyOrder(103)]
    public bool? IsVisible { get; init; }

    /// <summary>What a client that cannot render this element shows instead: another element, or nothing ("drop").</summary>
    [JsonPropertyOrder(104)]
    public Fallback<CardElement>? Fallback { get; init; }

    /// <summary>Host features this element needs (name → minimum version); unmet requirements trigger the fallback.</summary>
    [JsonPropertyOrder(105)]
    public IReadOnlyDictionary<string, string>? Requires { get; init; }
}
