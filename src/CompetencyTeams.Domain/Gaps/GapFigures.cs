namespace CompetencyTeams.Domain.Gaps;

/// <summary>
/// Coverage of one competency in a group (team, profile, organisation): among the people whose profile requires it,
/// how many were assessed, how many hold the required level, the mean gap, and whether it is critical.
/// </summary>
public sealed record CompetencyCoverage(string CompetencyCode, int RequiredBy, int Assessed, int Holders, int NotApplicable, double? MeanGap, double? MeanRequiredLevel, bool IsCritical)
{
    /// <summary>Holders ÷ people who require it (0..1); null when nobody requires it.</summary>
    public double? CoverageRate => RequiredBy == 0 ? null : (double)Holders / RequiredBy;
}

/// <summary>FTE needed vs available for a profile or an activity block; positive shortfall = missing FTE, negative = surplus.</summary>
public sealed record FteBalance(string Key, double NeededNow, double NeededAtHorizon, double Available)
{
    public double ShortfallNow => NeededNow - Available;

    public double ShortfallAtHorizon => NeededAtHorizon - Available;
}
