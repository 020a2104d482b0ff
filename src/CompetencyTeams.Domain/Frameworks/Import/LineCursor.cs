namespace CompetencyTeams.Domain.Frameworks.Import;

/// <summary>Walks the non-blank lines of a text, remembering each one's 1-based line number for error messages.</summary>
internal sealed class LineCursor
{
    private readonly List<(string Text, int Number)> _lines = [];
    private int _position;

    public LineCursor(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length > 0)
            {
                _lines.Add((text, i + 1));
            }
        }
    }

    public bool AtEnd => _position >= _lines.Count;

    public string Current => AtEnd ? "" : _lines[_position].Text;

    public int LineNumber => AtEnd ? (_lines.Count == 0 ? 1 : _lines[^1].Number + 1) : _lines[_position].Number;

    /// <summary>Keeps the line number but continues from a part of the current line (fields glued on one line).</summary>
    public void ReplaceCurrent(string text) => _lines[_position] = (text, _lines[_position].Number);

    /// <summary>Moves on and returns the new current line number.</summary>
    public int Next()
    {
        _position++;
        return LineNumber;
    }
}
