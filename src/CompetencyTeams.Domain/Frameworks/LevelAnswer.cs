using System.Text.Json.Serialization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Frameworks;

public enum AnswerKind
{
    /// <summary>No answer yet (or skipped): excluded from every count and mean.</summary>
    NotAssessed = 0,

    /// <summary>A level of the scale.</summary>
    Level = 1,

    /// <summary>The competency does not apply to the person's work: excluded like not-assessed, but it is an answer.</summary>
    NotApplicable = 2,
}

/// <summary>An answer for one competency: a level, "not applicable", or "not assessed". Never confuses NA with level 0.</summary>
public readonly record struct LevelAnswer(AnswerKind Kind, int Level)
{
    public static LevelAnswer NotAssessed => default;

    public static LevelAnswer NotApplicable => new(AnswerKind.NotApplicable, 0);

    [JsonIgnore]
    public bool IsLevel => Kind == AnswerKind.Level;

    /// <summary>True for a level or "not applicable" (the person answered).</summary>
    [JsonIgnore]
    public bool IsAnswered => Kind != AnswerKind.NotAssessed;

    public static LevelAnswer Of(int level) => new(AnswerKind.Level, level);

    public override string ToString() => Kind switch
    {
        AnswerKind.Level => Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnswerKind.NotApplicable => "NA",
        _ => "-",
    };
}

/// <summary>How the two non-level answers are named to the people answering and reading.</summary>
public static class AnswerLabels
{
    public static LocalizedText NotApplicable { get; } = new("Non concerné(e)", "Not applicable");

    public static LocalizedText NotAssessed { get; } = new("Non évalué", "Not assessed");
}
