using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>
/// One person and one competency: the levels held (self, manager, final = manager's when present else self's), the
/// level required by their profile (null when not required), and the gap = required − final when the final answer is a
/// level below the requirement (0 at or above it; null when there is nothing to compare).
/// </summary>
public readonly record struct PersonCompetencyGap(string CompetencyCode, LevelAnswer Self, LevelAnswer Manager, LevelAnswer Final, int? Required)
{
    public int? Gap => Required is { } r && Final.IsLevel ? Math.Max(0, r - Final.Level) : null;

    /// <summary>Final level above the requirement (a resource for others), 0 when at or below it.</summary>
    public int? Surplus => Required is { } r && Final.IsLevel ? Math.Max(0, Final.Level - r) : null;

    public bool HoldsRequiredLevel => Gap == 0;

    /// <summary>Manager − self when both gave a level (the subject of the interview); null otherwise.</summary>
    public int? SelfManagerDifference => Self.IsLevel && Manager.IsLevel ? Manager.Level - Self.Level : null;
}
