using System.Text.Json.Serialization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Frameworks;

/// <summary>
/// Ordered proficiency levels (value 1 = lowest). "Not applicable" and "not assessed" are answer states
/// (<see cref="LevelAnswer"/>), never a level: they do not count as 0 anywhere.
/// </summary>
public sealed record LevelScale(string Id, LocalizedText Name, IReadOnlyList<ScaleLevel> Levels)
{
    [JsonIgnore]
    public int MinLevel => Levels.Count == 0 ? 0 : Levels[0].Value;

    [JsonIgnore]
    public int MaxLevel => Levels.Count == 0 ? 0 : Levels[^1].Value;

    public bool Contains(int value)
    {
        foreach (var level in Levels)
        {
            if (level.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    public ScaleLevel? Find(int value)
    {
        foreach (var level in Levels)
        {
            if (level.Value == value)
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>Throws when the answer is a level outside the scale (NA and not-assessed are always accepted).</summary>
    public void EnsureValid(LevelAnswer answer, string competencyCode)
    {
        if (answer.IsLevel && !Contains(answer.Level))
        {
            throw new DomainRuleException(
                "answer.level-out-of-scale",
                $"Level {answer.Level} for competency {competencyCode} is not on the scale {Id} ({MinLevel}–{MaxLevel}).");
        }
    }
}

/// <summary>One level: its numeric value (the order), a short code, a label and a descriptor written for the person answering.</summary>
public sealed record ScaleLevel(int Value, string Code, LocalizedText Label, LocalizedText Descriptor);
