using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards.Elements;

/// <summary>Side-by-side columns (they stack on narrow screens only if the host decides so).</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public string? MinHeight { get; init; }
}

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "Column";

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }

    public VerticalContentAlignment? VerticalContentAlignment { get; init; }

    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }
}
