using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>The three framework file formats HR exchanges: our JSON, a spreadsheet CSV, and 1EdTech CASE 1.1 (JSON).</summary>
public static class FrameworkFiles
{
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Case = "case";
    public const string Choices = "json, csv, case";

    public static bool IsKnown(string? format) => format is Json or Csv or Case;

    public static (string Content, string ContentType, string Extension) Export(CompetencyFramework framework, string format, DateTimeOffset now) => format switch
    {
        Csv => (FrameworkCsv.Serialize(framework), "text/csv; charset=utf-8", "csv"),
        Case => (CaseJsonExport.Serialize(framework, framework.PublishedAt ?? now), "application/json; charset=utf-8", "case.json"),
        _ => (FrameworkJson.Serialize(framework), "application/json; charset=utf-8", "json"),
    };

    /// <summary>Reads a file into a draft; throws <see cref="FrameworkImportException"/> naming the line and field of the first problem.</summary>
    public static CompetencyFramework Import(string content, string format, CsvMetadata csv) => format switch
    {
        Csv => FrameworkCsv.Deserialize(content, csv.FrameworkId, 1, csv.Name, csv.Language, csv.Scale),
        Case => CaseJsonImport.Deserialize(content),
        _ => FrameworkJson.Deserialize(content),
    };
}

/// <summary>What a CSV file does not carry: the framework's id, name, language and level scale.</summary>
public sealed record CsvMetadata(string FrameworkId, string Name, string Language, LevelScale Scale);
