using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.Domain.Levers;

/// <summary>Per competency: best holder per team and in the organisation, and mobility candidates — one pass over the arrays.</summary>
internal sealed class LeverIndexes
{
    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public LeverIndexes(GapData data, int mobilityMinSurplus)
    {
        var c = data.CompetencyCount;
        var teams = Math.Max(1, data.TeamIds.Count);
        TeamBestLevel = new sbyte[teams * c];
        TeamBestPerson = new int[teams * c];
        TeamMaxRequired = new sbyte[teams * c];
        OrgBestLevel = new sbyte[c];
        OrgBestPerson = new int[c];
        MobilityFirst = new int[c];
        MobilitySecond = new int[c];
        Array.Fill(TeamBestPerson, -1);
        Array.Fill(OrgBestPerson, -1);
        Array.Fill(MobilityFirst, -1);
        Array.Fill(MobilitySecond, -1);
        var teamMobilityBest = new int[teams * c];
        Array.Fill(teamMobilityBest, -1);
        for (var p = 0; p < data.PeopleCount; p++)
        {
            var team = data.PersonTeam[p];
            var row = p * c;
            for (var k = 0; k < c; k++)
            {
                var final = data.Final[row + k];
                var required = data.RequiredOf(p, k);
                if (team >= 0 && required > TeamMaxRequired[(team * c) + k])
                {
                    TeamMaxRequired[(team * c) + k] = (sbyte)required;
                }

                if (final <= 0)
                {
                    continue;
                }

                if (final > OrgBestLevel[k])
                {
                    OrgBestLevel[k] = final;
                    OrgBestPerson[k] = p;
                }

                if (team >= 0 && final > TeamBestLevel[(team * c) + k])
                {
                    TeamBestLevel[(team * c) + k] = final;
                    TeamBestPerson[(team * c) + k] = p;
                }

                var best = team >= 0 ? teamMobilityBest[(team * c) + k] : -1;
                if (team >= 0 && final - required >= mobilityMinSurplus && (best < 0 || final > data.Final[(best * c) + k]))
                {
                    teamMobilityBest[(team * c) + k] = p;
                }
            }
        }

        RankMobility(data, teamMobilityBest, teams);
    }

    public sbyte[] TeamBestLevel { get; }

    public int[] TeamBestPerson { get; }

    public sbyte[] TeamMaxRequired { get; }

    public sbyte[] OrgBestLevel { get; }

    public int[] OrgBestPerson { get; }

    /// <summary>The strongest person with a surplus over their own requirement, and the strongest from another team than the first (people without a team are not offered).</summary>
    public int[] MobilityFirst { get; }

    public int[] MobilitySecond { get; }

    /// <summary>The mobility candidate for a team: the strongest surplus holder who is not in that team, or -1.</summary>
    public int MobilityCandidate(GapData data, int team, int k)
    {
        var first = MobilityFirst[k];
        if (first >= 0 && data.PersonTeam[first] != team)
        {
            return first;
        }

        var second = MobilitySecond[k];
        return second >= 0 && data.PersonTeam[second] != team ? second : -1;
    }

    /// <summary>From the best surplus holder of each team, keeps the two strongest (they are in different teams by construction).</summary>
    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void RankMobility(GapData data, int[] teamMobilityBest, int teams)
    {
        var c = data.CompetencyCount;
        for (var k = 0; k < c; k++)
        {
            for (var t = 0; t < teams; t++)
            {
                var p = teamMobilityBest[(t * c) + k];
                if (p < 0)
                {
                    continue;
                }

                var level = data.Final[(p * c) + k];
                var first = MobilityFirst[k];
                if (first < 0 || level > data.Final[(first * c) + k])
                {
                    MobilitySecond[k] = first;
                    MobilityFirst[k] = p;
                }
                else if (MobilitySecond[k] < 0 || level > data.Final[(MobilitySecond[k] * c) + k])
                {
                    MobilitySecond[k] = p;
                }
            }
        }
    }
}
