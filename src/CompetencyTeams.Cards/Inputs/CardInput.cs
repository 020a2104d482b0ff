using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards.Inputs;

/// <summary>
/// An input. Its <see cref="CardElement.Id"/> is the key of its value in the action data the bot receives.
/// A required input needs a <see cref="Label"/> and an <see cref="ErrorMessage"/> (the renderer flags it otherwise).
/// </summary>
public abstract record CardInput : CardElement
{
    protected CardInput(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    [JsonPropertyOrder(50)]
    public string? Label { get; init; }

    [JsonPropertyOrder(51)]
    public bool? IsRequired { get; init; }

    [JsonPropertyOrder(52)]
    public string? ErrorMessage { get; init; }
}
