using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>
/// Quantitative gap (ANAP 2a/2b → 3/5): FTE needed vs available per profile and per activity block, now and at the horizon.
/// Available per profile = Σ FTE of the people holding it. Available per block = Σ FTE × the person's time share of the
/// block. FTE that no declared share covers is "unallocated" (shown, never guessed). Needed per block = Σ over profiles.
/// </summary>
public sealed record FteFigures(IReadOnlyList<FteBalance> ByProfile, IReadOnlyList<FteBalance> ByBlock, double UnallocatedFte, double TotalFte)
{
    /// <summary>Available FTE per team and profile ([team][profile]) and per team and block ([team][block]); ordinals as in the report.</summary>
    internal double[][] TeamProfileAvailable { get; init; } = [];

    internal double[][] TeamBlockAvailable { get; init; } = [];
}

internal static class FteAnalysis
{
    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static FteFigures Compute(GapAnalysisInput input, FrameworkIndex framework, Dictionary<string, int> profileIds, Dictionary<string, int> teamIds)
    {
        var profiles = input.Profiles;
        var blocks = framework.BlockCount;
        var profileAvailable = new double[profiles.Count];
        var blockAvailable = new double[blocks];
        var teamProfile = new double[teamIds.Count][];
        var teamBlock = new double[teamIds.Count][];
        for (var t = 0; t < teamIds.Count; t++)
        {
            teamProfile[t] = new double[profiles.Count];
            teamBlock[t] = new double[blocks];
        }

        double unallocated = 0;
        double total = 0;
        foreach (var person in input.People)
        {
            var fte = Math.Max(0, person.Fte);
            total += fte;
            var team = person.TeamId is not null && teamIds.TryGetValue(person.TeamId, out var tt) ? tt : -1;
            if (person.ProfileId is not null && profileIds.TryGetValue(person.ProfileId, out var pr))
            {
                profileAvailable[pr] += fte;
                if (team >= 0)
                {
                    teamProfile[team][pr] += fte;
                }
            }

            double allocated = 0;
            foreach (var (blockCode, percent) in person.TimeShares.PercentByBlock)
            {
                if (percent > 0 && framework.TryGetBlockOrdinal(blockCode, out var b))
                {
                    var share = fte * Math.Min(percent, 100) / 100;
                    blockAvailable[b] += share;
                    allocated += share;
                    if (team >= 0)
                    {
                        teamBlock[team][b] += share;
                    }
                }
            }

            unallocated += Math.Max(0, fte - allocated);
        }

        var byProfile = new FteBalance[profiles.Count];
        var blockNeedNow = new double[blocks];
        var blockNeedHorizon = new double[blocks];
        for (var r = 0; r < profiles.Count; r++)
        {
            var profile = profiles[r];
            byProfile[r] = new FteBalance(profile.Id, profile.FteNeeded.Now, profile.FteNeeded.AtHorizon, profileAvailable[r]);
            foreach (var (blockCode, need) in profile.FteNeededPerBlock)
            {
                if (framework.TryGetBlockOrdinal(blockCode, out var b))
                {
                    blockNeedNow[b] += need.Now;
                    blockNeedHorizon[b] += need.AtHorizon;
                }
            }
        }

        var byBlock = new FteBalance[blocks];
        for (var b = 0; b < blocks; b++)
        {
            byBlock[b] = new FteBalance(framework.Blocks[b].Code, blockNeedNow[b], blockNeedHorizon[b], blockAvailable[b]);
        }

        return new FteFigures(byProfile, byBlock, unallocated, total) { TeamProfileAvailable = teamProfile, TeamBlockAvailable = teamBlock };
    }
}
