using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Features.Validation;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>
/// The manager's validation being written: a level per competency where they differ from the agent ("1".."n" or "na";
/// empty keeps the agent's), a comment per competency, an overall comment. Every adjusted level needs a comment.
/// </summary>
public sealed class ValidationDraft(PersonView person)
{
    private readonly Dictionary<string, string> _levels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _comments = new(StringComparer.Ordinal);

    public string? OverallComment { get; set; }

    public IEnumerable<PersonCompetency> Competencies => person.Blocks.SelectMany(b => b.Competencies);

    /// <summary>The levels offered: 1 to the highest of the default 4-level scale and any level seen in the assessment.</summary>
    public IReadOnlyList<int> Levels { get; } = [.. Enumerable.Range(1, Math.Max(4, HighestSeen(person)))];

    public string LevelOf(string code) => _levels.GetValueOrDefault(code, "");

    public string CommentOf(string code) => _comments.GetValueOrDefault(code, "");

    public void SetLevel(string code, string? level)
    {
        var self = Competencies.FirstOrDefault(c => c.Code == code)?.Self;
        if (string.IsNullOrEmpty(level) || string.Equals(level, self, StringComparison.OrdinalIgnoreCase))
        {
            _levels.Remove(code);
        }
        else
        {
            _levels[code] = level;
        }
    }

    public void SetComment(string code, string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            _comments.Remove(code);
        }
        else
        {
            _comments[code] = comment.Trim();
        }
    }

    public bool IsAdjusted(string code) => _levels.ContainsKey(code);

    /// <summary>Adjusted competencies still without a comment.</summary>
    public IReadOnlyList<string> MissingComments => [.. _levels.Keys.Where(code => !_comments.ContainsKey(code)).Order(StringComparer.Ordinal)];

    public ValidationRequest ToRequest() => new(
        new Dictionary<string, string>(_levels, StringComparer.Ordinal),
        new Dictionary<string, string>(_comments, StringComparer.Ordinal),
        string.IsNullOrWhiteSpace(OverallComment) ? null : OverallComment.Trim(),
        person.Version);

    private static int HighestSeen(PersonView person) => person.Blocks
        .SelectMany(b => b.Competencies)
        .SelectMany(c => new[] { c.Required?.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Self, c.Manager })
        .Select(v => int.TryParse(v, out var level) ? level : 0)
        .DefaultIfEmpty(0)
        .Max();
}
