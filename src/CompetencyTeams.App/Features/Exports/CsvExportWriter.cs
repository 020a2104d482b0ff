using System.Globalization;
using System.Text;

namespace CompetencyTeams.App.Features.Exports;

/// <summary>RFC 4180 CSV for spreadsheets: UTF-8 with a BOM (so Excel reads accents), comma, CRLF, formula-safe cells.</summary>
public static class CsvExportWriter
{
    public static byte[] Write(ExportTable table)
    {
        var text = new StringBuilder();
        AppendRow(text, table.Columns);
        foreach (var row in table.Rows)
        {
            AppendRow(text, row.Select(Text));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        _ => SpreadsheetSafety.NeutraliseForCsv(cell.ToString() ?? ""),
    };

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 || cell != cell.Trim() ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
