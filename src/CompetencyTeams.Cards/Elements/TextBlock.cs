namespace CompetencyTeams.Cards.Elements;

/// <summary>Text with a subset of Markdown. Set <see cref="Wrap"/> for anything longer than a label.</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; }

    public FontSize? Size { get; init; }

    public FontWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public int? MaxLines { get; init; }

    public TextBlockStyle? Style { get; init; }
}
