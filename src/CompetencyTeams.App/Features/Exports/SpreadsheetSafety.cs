namespace CompetencyTeams.App.Features.Exports;

/// <summary>
/// Spreadsheet formula injection (CWE-1236): a text cell starting with = + - @, a tab or a carriage return may be run as a
/// formula when the file is opened. CSV cells get an apostrophe in front; XLSX cells are typed text and never formulas.
/// </summary>
public static class SpreadsheetSafety
{
    public static bool LooksLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string NeutraliseForCsv(string value) => LooksLikeFormula(value) ? "'" + value : value;

    /// <summary>Drops the characters XML 1.0 cannot carry (control characters other than tab, LF and CR, lone surrogates).</summary>
    public static string XmlSafe(string value)
    {
        if (value.All(c => c >= 0x20 || c is '\t' or '\n' or '\r') && !value.Any(char.IsSurrogate))
        {
            return value;
        }

        var kept = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                kept.Append(c).Append(value[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= 0x20 || c is '\t' or '\n' or '\r'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
