using System.Globalization;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.Validation;

/// <summary>
/// The manager's validation of one assessment: adjusted levels ("1".."n" or "na") where they differ from the agent's,
/// comments per competency, an overall comment, and the version read (optimistic concurrency; optional).
/// Competencies not listed keep the agent's own level (accepted as is).
/// </summary>
public sealed record ValidationRequest(
    IReadOnlyDictionary<string, string>? Levels,
    IReadOnlyDictionary<string, string>? Comments,
    string? OverallComment,
    string? Version)
{
    /// <summary>The adjustments as answers; field errors for the values that are neither a whole number nor "na".</summary>
    public (Dictionary<string, LevelAnswer> Answers, Dictionary<string, string[]> Errors) ParseLevels()
    {
        var answers = new Dictionary<string, LevelAnswer>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (code, value) in Levels ?? new Dictionary<string, string>())
        {
            if (string.Equals(value, "na", StringComparison.OrdinalIgnoreCase))
            {
                answers[code] = LevelAnswer.NotApplicable;
            }
            else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level > 0)
            {
                answers[code] = LevelAnswer.Of(level);
            }
            else
            {
                errors[$"levels.{code}"] = [$"'{value}' is not a level: give a level of the scale (1, 2, …) or \"na\"."];
            }
        }

        return (answers, errors);
    }
}

/// <summary>Bulk accept: every submitted assessment of the team (or only these people) taken as the agents gave it.</summary>
public sealed record AcceptAllRequest(IReadOnlyList<string>? PersonIds);

public sealed record ValidationResult(string CampaignId, string PersonId, string Status, DateTimeOffset? ValidatedAt, string Version, IReadOnlyList<string> Disagreements);

public sealed record AcceptAllResult(IReadOnlyList<string> Validated, IReadOnlyDictionary<string, string> Skipped);
