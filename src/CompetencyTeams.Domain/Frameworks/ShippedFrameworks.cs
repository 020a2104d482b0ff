using CompetencyTeams.Domain.Frameworks.Import;

namespace CompetencyTeams.Domain.Frameworks;

/// <summary>The frameworks shipped with the product, read from the assembly's embedded data files.</summary>
public static class ShippedFrameworks
{
    public const string AnapAfrId = "anap-afr";
    public const int AnapAfrVersion = 1;
    public const string AnapAfrName = "Référentiel des activités et des compétences – Accueil, Facturation, Recouvrement";
    public const string AnapAfrResource = "CompetencyTeams.Domain.Frameworks.Data.anap-afr.v1.json";

    private static readonly Lazy<CompetencyFramework> AnapAfrFramework = new(() => FrameworkJson.Deserialize(ReadResource(AnapAfrResource)));

    /// <summary>The shipped AFR framework, version 1 (published, French).</summary>
    public static CompetencyFramework AnapAfr => AnapAfrFramework.Value;

    /// <summary>The raw JSON of the shipped framework file.</summary>
    public static string ReadResource(string name)
    {
        using var stream = typeof(ShippedFrameworks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(ShippedFrameworks).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Builds the shipped framework from the référentiel's source text (what the data file was generated from).</summary>
    public static CompetencyFramework ConvertAnapAfrSource(string sourceText, DateTimeOffset publishedAt) =>
        AnapTextConverter.Convert(sourceText, AnapAfrId, AnapAfrVersion, AnapAfrName, DefaultLevelScale.Create()) with
        {
            Status = FrameworkStatus.Published,
            PublishedAt = publishedAt,
            Source = "ANAP – Référentiel des activités et des compétences, chaîne Accueil - Facturation - Recouvrement (2018); texte des compétences : pôles 1–3, blocs 1.1–3.3.",
        };
}
