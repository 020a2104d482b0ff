namespace CompetencyTeams.Cards.Elements;

/// <summary>Groups elements; styled containers draw a background, hidden ones can be toggled.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    public string? MinHeight { get; init; }
}
