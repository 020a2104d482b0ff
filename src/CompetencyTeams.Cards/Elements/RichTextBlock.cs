using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards.Elements;

/// <summary>A paragraph of differently formatted runs (no Markdown).</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement
{
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>A run of text inside a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "TextRun";

    public FontSize? Size { get; init; }

    public FontWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Highlight { get; init; }

    public bool? Underline { get; init; }

    /// <summary>Turns the run into a link. Action.ShowCard is not allowed here.</summary>
    public CardAction? SelectAction { get; init; }
}
