using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards.Elements;

/// <summary>A grid (1.5). Every row has as many cells as there are <see cref="Columns"/>.</summary>
public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
}

/// <summary>A column of a <see cref="Table"/>: a relative weight.</summary>
public sealed record TableColumnDefinition(int Width)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableColumnDefinition";
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableRow";

    public ContainerStyle? Style { get; init; }
}

public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TableCell";

    public ContainerStyle? Style { get; init; }
}
