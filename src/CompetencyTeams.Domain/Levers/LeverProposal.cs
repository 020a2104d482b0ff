using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Levers;

/// <summary>
/// A lever proposed by the rules for one gap, with the reason in words (FR/EN) and a stable rule code.
/// The scope fields say what it is about (a person, a competency in a team, a profile, a block).
/// </summary>
public sealed record LeverProposal(LeverType Type, string RuleCode, LocalizedText Reason)
{
    public string? TeamId { get; init; }

    public string? PersonId { get; init; }

    public string? CompetencyCode { get; init; }

    public string? ProfileId { get; init; }

    public string? BlockCode { get; init; }

    /// <summary>Someone to learn from (training) or to move (mobility), when the rule found one.</summary>
    public string? SuggestedPersonId { get; init; }

    /// <summary>Size of the gap the lever addresses (levels for qualitative gaps, FTE for quantitative ones).</summary>
    public double Magnitude { get; init; }
}
