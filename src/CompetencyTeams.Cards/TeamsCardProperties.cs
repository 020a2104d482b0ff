using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards;

/// <summary>The "msteams" object Teams reads on a card's root.</summary>
public sealed record TeamsCardProperties(TeamsCardWidth? Width)
{
    public static TeamsCardProperties FullWidth { get; } = new(TeamsCardWidth.Full);
}

public enum TeamsCardWidth
{
    [JsonStringEnumMemberName("Full")]
    Full,
}
