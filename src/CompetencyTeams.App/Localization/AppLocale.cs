using System.Globalization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Localization;

/// <summary>
/// The two languages of the product, chosen from a Teams or browser locale ("fr-FR", "en-US"…): French for fr*,
/// English otherwise. Texts are <see cref="LocalizedText"/> values kept beside the feature that shows them.
/// </summary>
public static class AppLocale
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsFrench(string? locale) => locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase);

    /// <summary>The two-letter language of a card ("fr" or "en").</summary>
    public static string Language(string? locale) => IsFrench(locale) ? "fr" : "en";

    public static CultureInfo Culture(string? locale) => IsFrench(locale) ? French : English;

    /// <summary>The text in the locale's language, with <paramref name="args"/> formatted by that language's culture.</summary>
    public static string Format(this LocalizedText text, string? locale, params object?[] args) =>
        string.Format(Culture(locale), text.For(locale), args);
}
