namespace CompetencyTeams.Cards.Elements;

/// <summary>An image by URL (https or data: URI). Teams accepts PNG/JPEG/GIF up to 1024×1024.</summary>
public sealed record Image(string Url) : CardElement
{
    /// <summary>Read by screen readers; always set it.</summary>
    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>Explicit width in pixels, e.g. "48px".</summary>
    public string? Width { get; init; }

    /// <summary>Explicit height in pixels, e.g. "48px".</summary>
    public string? Height { get; init; }

    public CardAction? SelectAction { get; init; }
}
