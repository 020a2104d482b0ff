namespace CompetencyTeams.Domain.Common;

/// <summary>A user-facing text in French and English.</summary>
public sealed record LocalizedText(string Fr, string En)
{
    /// <summary>The text for a Teams/browser locale ("fr-FR", "en-US"…): French for fr*, English otherwise; falls back to the other language when empty.</summary>
    public string For(string? locale)
    {
        var french = locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        var preferred = french ? Fr : En;
        var other = french ? En : Fr;
        return string.IsNullOrWhiteSpace(preferred) ? other : preferred;
    }

    public static LocalizedText Same(string text) => new(text, text);
}
