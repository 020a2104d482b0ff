using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Profiles;

/// <summary>Headcount in full-time equivalents needed now and at the profile's horizon date (ANAP step 2a, quantitative).</summary>
public sealed record FteNeed(double Now, double AtHorizon)
{
    public static FteNeed None { get; } = new(0, 0);
}

/// <summary>
/// A job profile (profil de poste): the level required per competency (a subset of the framework is allowed),
/// the FTE needed for the profile, and the FTE needed per activity block, now and at <see cref="HorizonDate"/>.
/// </summary>
public sealed record JobProfile(
    string Id,
    LocalizedText Name,
    FrameworkRef Framework,
    IReadOnlyDictionary<string, int> RequiredLevels,
    FteNeed FteNeeded,
    IReadOnlyDictionary<string, FteNeed> FteNeededPerBlock)
{
    /// <summary>The date the "at horizon" figures refer to (projected needs); null when no projection was made.</summary>
    public DateOnly? HorizonDate { get; init; }

    public bool Requires(string competencyCode) => RequiredLevels.ContainsKey(competencyCode);

    /// <summary>The required level, or null when the profile does not require this competency.</summary>
    public int? RequiredLevel(string competencyCode) => RequiredLevels.TryGetValue(competencyCode, out var level) ? level : null;

    /// <summary>Checks every code and level against the framework version and its scale; throws a domain error naming the first problem.</summary>
    public void EnsureValidAgainst(FrameworkIndex framework)
    {
        if (framework.Framework.Ref != Framework)
        {
            throw new DomainRuleException("profile.framework-mismatch", $"Profile {Id} targets {Framework}, not {framework.Framework.Ref}.");
        }

        foreach (var (code, level) in RequiredLevels)
        {
            if (framework.FindCompetency(code) is null)
            {
                throw framework.UnknownCompetency(code);
            }

            if (!framework.Framework.Scale.Contains(level))
            {
                throw new DomainRuleException("profile.level-out-of-scale", $"Profile {Id}: required level {level} for {code} is not on the scale.");
            }
        }

        foreach (var (block, need) in FteNeededPerBlock)
        {
            if (framework.FindBlock(block) is null)
            {
                throw framework.UnknownBlock(block);
            }

            EnsureNonNegative(need, $"block {block}");
        }

        EnsureNonNegative(FteNeeded, "profile");
    }

    /// <summary>The same profile moved to another framework version: requirements whose code no longer exists are dropped.</summary>
    public JobProfile RetargetTo(FrameworkIndex framework) => this with
    {
        Framework = framework.Framework.Ref,
        RequiredLevels = RequiredLevels.Where(r => framework.FindCompetency(r.Key) is not null).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal),
        FteNeededPerBlock = FteNeededPerBlock.Where(r => framework.FindBlock(r.Key) is not null).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal),
    };

    private void EnsureNonNegative(FteNeed need, string what)
    {
        if (need.Now < 0 || need.AtHorizon < 0 || double.IsNaN(need.Now) || double.IsNaN(need.AtHorizon))
        {
            throw new DomainRuleException("profile.negative-fte", $"Profile {Id}: FTE needed for {what} must be zero or more.");
        }
    }
}
