using System.Text;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>One CSV record: the 1-based line it starts on, and its cells by header name (lower case).</summary>
public sealed record CsvRecord(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string Cell(string column) => Cells.TryGetValue(column, out var value) ? value.Trim() : "";
}

/// <summary>
/// RFC 4180 reading for HR's directory files: comma or semicolon (taken from the header line), quoted cells with doubled
/// quotes and line breaks, a UTF-8 BOM ignored, blank lines skipped. Problems are reported as "line N" errors.
/// </summary>
public static class CsvRecords
{
    public static (IReadOnlyList<string> Header, List<CsvRecord> Records, Dictionary<string, string[]> Errors) Read(string text, string locale)
    {
        text = text.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Contains(';', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var rows = Split(text, separator, errors, locale);
        if (rows.Count == 0)
        {
            return ([], [], errors);
        }

        var header = rows[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var repeated = header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            errors["header"] = [.. repeated.Select(h => DirectoryCsv.Say(locale, $"la colonne « {h} » apparaît plusieurs fois", $"column '{h}' appears more than once"))];
            return (header, [], errors);
        }

        var records = new List<CsvRecord>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                errors[$"line {line}"] = [DirectoryCsv.Say(locale, $"{header.Count} cellules attendues, {fields.Count} trouvées", $"{header.Count} cells expected, {fields.Count} found")];
                continue;
            }

            records.Add(new CsvRecord(line, header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)));
        }

        return (header, records, errors);
    }

    private static List<(int Line, List<string> Fields)> Split(string text, char separator, Dictionary<string, string[]> errors, string locale)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                EndRecord(rows, fields, field, start);
                fields = [];
                start = ++line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            errors[$"line {start}"] = [DirectoryCsv.Say(locale, "une cellule entre guillemets n'est pas fermée", "a quoted cell is not closed")];
        }

        EndRecord(rows, fields, field, start);
        return rows;
    }

    private static void EndRecord(List<(int, List<string>)> rows, List<string> fields, StringBuilder field, int line)
    {
        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            rows.Add((line, fields));
        }
    }
}
