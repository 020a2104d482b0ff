using System.Text;

namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>
/// Spreadsheet format: one row per competency, with its pôle and block repeated on each row. Savoirs and examples are
/// one cell each, one item per line. The framework's id, version, name, language and scale are not in the file: the
/// importer is given them. Comma or semicolon separated (detected from the header); UTF-8 with or without BOM.
/// </summary>
public static class FrameworkCsv
{
    public static IReadOnlyList<string> Columns { get; } =
        ["pole_code", "pole_title", "pole_description", "block_code", "block_title", "competency_code", "title", "short_title", "description", "knowledge", "examples"];

    public static string Serialize(CompetencyFramework framework, char separator = ',')
    {
        var text = new StringBuilder("\uFEFF");
        text.AppendJoin(separator, Columns).Append("\r\n");
        foreach (var pole in framework.Poles)
        {
            foreach (var block in pole.Blocks)
            {
                foreach (var c in block.Competencies)
                {
                    string[] cells = [pole.Code, pole.Title, pole.Description ?? "", block.Code, block.Title, c.Code, c.Title, c.ShortTitle ?? "", c.Description, string.Join('\n', c.Knowledge), string.Join('\n', c.Examples)];
                    text.AppendJoin(separator, cells.Select(v => CsvText.Escape(v, separator))).Append("\r\n");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a framework draft; every problem names its line and column, and nothing is returned on error.</summary>
    public static CompetencyFramework Deserialize(string csv, string id, int version, string name, string language, LevelScale scale)
    {
        var text = csv.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Contains(';', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var records = CsvText.Parse(text, separator);
        if (records.Count == 0)
        {
            throw new FrameworkImportException("the file is empty", 1, null);
        }

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            var at = header.IndexOf(column);
            if (at < 0 && column is not ("short_title" or "pole_description"))
            {
                throw new FrameworkImportException($"column \"{column}\" is missing from the header", records[0].Line, column);
            }

            index[column] = at;
        }

        var builder = new FrameworkBuilder();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count != header.Count)
            {
                throw new FrameworkImportException($"expected {header.Count} cells, found {fields.Count}", line, null);
            }

            string Cell(string column) => index[column] < 0 ? "" : CsvText.RestoreFormula(fields[index[column]].Trim());
            foreach (var required in Columns.Where(c => c is not ("short_title" or "pole_description")))
            {
                if (Cell(required).Length == 0)
                {
                    throw new FrameworkImportException("required value is empty", line, required);
                }
            }

            builder.Add(line, Cell("pole_code"), Cell("pole_title"), Cell("pole_description"), Cell("block_code"), Cell("block_title"), new Competency(
                Cell("competency_code"),
                Cell("title"),
                Cell("description"),
                Items(Cell("knowledge")),
                Items(Cell("examples")))
            {
                ShortTitle = Cell("short_title") is { Length: > 0 } s ? s : null,
            });
        }

        return FrameworkJson.EnsureValid(new CompetencyFramework(id, version, name, language, FrameworkStatus.Draft, builder.Build(), scale));
    }

    private static List<string> Items(string cell) =>
        [.. cell.Split('\n').Select(i => CsvText.RestoreFormula(i.Trim())).Where(i => i.Length > 0)];
}
