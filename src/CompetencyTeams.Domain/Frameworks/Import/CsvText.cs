using System.Text;

namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>RFC 4180 CSV reading and writing with line numbers, and spreadsheet formula neutralisation.</summary>
internal static class CsvText
{
    private const char Quote = '"';

    /// <summary>Parses records; each carries the 1-based line it starts on. Throws on an unterminated quote.</summary>
    public static List<(int Line, List<string> Fields)> Parse(string text, char separator)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == Quote && i + 1 < text.Length && text[i + 1] == Quote)
                {
                    field.Append(Quote);
                    i++;
                }
                else if (c == Quote)
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            if (c == Quote && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    records.Add((recordLine, fields));
                }

                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (quoted)
        {
            throw new FrameworkImportException("a quoted field is not closed", recordLine, null);
        }

        fields.Add(field.ToString());
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            records.Add((recordLine, fields));
        }

        return records;
    }

    public static string Escape(string value, char separator)
    {
        var safe = NeutraliseFormula(value);
        return safe.IndexOfAny([separator, Quote, '\n', '\r']) >= 0 || safe != safe.Trim()
            ? Quote + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + Quote
            : safe;
    }

    /// <summary>A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet: prefix it with an apostrophe.</summary>
    public static string NeutraliseFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>Undoes <see cref="NeutraliseFormula"/> on import.</summary>
    public static string RestoreFormula(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;
}
