using System.Globalization;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>
/// HR's directory files. People: object_id, display_name, user_principal_name (required), team_id, manager_id, profile_id,
/// fte (default 1), preferred_locale (default fr-FR), active (default true). Teams: team_id, name (required), manager_id,
/// parent_team_id. All-or-nothing: any wrong line gives errors and no rows.
/// </summary>
public static class DirectoryCsv
{
    public const int MaxErrors = 50;

    public static readonly string[] PeopleColumns = ["object_id", "display_name", "user_principal_name", "team_id", "manager_id", "profile_id", "fte", "preferred_locale", "active"];
    public static readonly string[] TeamColumns = ["team_id", "name", "manager_id", "parent_team_id"];

    public static (List<Person> People, Dictionary<string, string[]> Errors) ReadPeople(string text, string locale) =>
        Read(text, locale, PeopleColumns, 3, (record, errors) =>
        {
            var fte = 1.0;
            if (record.Cell("fte") is { Length: > 0 } f && (!double.TryParse(f.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out fte) || fte is < 0 or > 2))
            {
                errors.Add(Say(locale, $"fte « {f} » : un nombre entre 0 et 2", $"fte '{f}': a number between 0 and 2"));
            }

            var active = record.Cell("active").ToLowerInvariant() switch
            {
                "" or "true" or "1" or "oui" or "yes" => true,
                "false" or "0" or "non" or "no" => false,
                var other => Fail(errors, Say(locale, $"active « {other} » : true/false (oui/non)", $"active '{other}': true/false (yes/no)")),
            };
            return new Person(
                record.Cell("object_id"),
                record.Cell("display_name"),
                record.Cell("user_principal_name"),
                Optional(record.Cell("team_id")),
                Optional(record.Cell("manager_id")),
                Optional(record.Cell("profile_id")),
                fte,
                TimeShares.Empty,
                Optional(record.Cell("preferred_locale")) ?? "fr-FR") { IsActive = active };
        });

    public static (List<Team> Teams, Dictionary<string, string[]> Errors) ReadTeams(string text, string locale) =>
        Read(text, locale, TeamColumns, 2, (record, _) => new Team(record.Cell("team_id"), record.Cell("name"), Optional(record.Cell("manager_id")))
        {
            ParentTeamId = Optional(record.Cell("parent_team_id")),
        });

    private static (List<T> Rows, Dictionary<string, string[]> Errors) Read<T>(string text, string locale, string[] columns, int requiredColumns, Func<CsvRecord, List<string>, T> map)
    {
        var (header, records, errors) = CsvRecords.Read(text, locale);
        var missing = columns.Take(requiredColumns).Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            errors["line 1"] = [Say(locale, $"colonne(s) manquante(s) : {string.Join(", ", missing)}", $"missing column(s): {string.Join(", ", missing)}")];
            return ([], errors);
        }

        var rows = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.TakeWhile(_ => errors.Count < MaxErrors))
        {
            var problems = columns.Take(requiredColumns).Where(c => record.Cell(c).Length == 0).Select(c => Say(locale, $"{c} : obligatoire", $"{c}: required")).ToList();
            var row = map(record, problems);
            if (!seen.Add(record.Cell(columns[0])) && record.Cell(columns[0]).Length > 0)
            {
                problems.Add(Say(locale, $"{columns[0]} « {record.Cell(columns[0])} » apparaît deux fois", $"{columns[0]} '{record.Cell(columns[0])}' appears twice"));
            }

            if (problems.Count > 0)
            {
                errors[$"line {record.Line}"] = [.. problems];
            }

            rows.Add(row);
        }

        return errors.Count > 0 ? ([], errors) : (rows, errors);
    }

    internal static string Say(string locale, string french, string english) => AppLocale.IsFrench(locale) ? french : english;

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private static bool Fail(List<string> errors, string message)
    {
        errors.Add(message);
        return false;
    }
}
