namespace CompetencyTeams.Cards;

/// <summary>
/// Measures cards against Teams' message size limit (80 KB for bot messages; the activity around the card adds
/// a little, so callers that want headroom pass a smaller limit).
/// </summary>
public sealed class CardSizeGuard(int limitBytes = CardSizeGuard.DefaultLimitBytes)
{
    public const int DefaultLimitBytes = 80 * 1024;

    public int LimitBytes { get; } = limitBytes > 0
        ? limitBytes
        : throw new ArgumentOutOfRangeException(nameof(limitBytes), "The size limit is a positive number of bytes.");

    public CardSizeReport Measure(AdaptiveCard card) => new(card.Utf8Size(), LimitBytes);

    /// <summary>The card's JSON when it fits; otherwise <see cref="CardTooLargeException"/> naming both sizes.</summary>
    public string ToJsonWithinLimit(AdaptiveCard card)
    {
        var json = card.ToJson();
        var report = new CardSizeReport(System.Text.Encoding.UTF8.GetByteCount(json), LimitBytes);
        return report.IsWithinLimit ? json : throw new CardTooLargeException(report);
    }
}

/// <summary>A card's UTF-8 size against a limit.</summary>
public sealed record CardSizeReport(int SizeBytes, int LimitBytes)
{
    public bool IsWithinLimit => SizeBytes <= LimitBytes;

    /// <summary>Bytes left before the limit (negative when over).</summary>
    public int HeadroomBytes => LimitBytes - SizeBytes;

    public double FractionOfLimit => (double)SizeBytes / LimitBytes;

    public override string ToString() =>
        $"{SizeBytes} bytes of {LimitBytes} ({FractionOfLimit:P1}){(IsWithinLimit ? "" : " — over the limit")}";
}

public sealed class CardTooLargeException : Exception
{
    public CardTooLargeException(CardSizeReport report)
        : base($"The card is {report.SizeBytes} bytes; the limit is {report.LimitBytes} bytes. Split it or shorten its text.") =>
        Report = report;

    public CardTooLargeException()
    {
    }

    public CardTooLargeException(string message)
        : base(message)
    {
    }

    public CardTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CardSizeReport? Report { get; }
}
