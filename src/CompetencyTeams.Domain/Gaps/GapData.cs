using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>The flat arrays behind a <see cref="GapAnalysisReport"/> (row-major: person × competency).</summary>
internal sealed class GapData
{
    public GapData(FrameworkIndex framework, int people, Dictionary<string, int> profileIds, Dictionary<string, int> teamIds, sbyte[] required, IReadOnlyList<JobProfile> profiles)
    {
        Framework = framework;
        CompetencyCount = framework.CompetencyCount;
        PeopleCount = people;
        ProfileIds = profileIds;
        TeamIds = teamIds;
        Required = required;
        Profiles = profiles;
        PersonIds = new string[people];
        PersonOrdinals = new Dictionary<string, int>(people, StringComparer.Ordinal);
        PersonProfile = new int[people];
        PersonTeam = new int[people];
        Self = new sbyte[people * CompetencyCount];
        Manager = new sbyte[people * CompetencyCount];
        Final = new sbyte[people * CompetencyCount];
        Teams = new CoverageCounters(Math.Max(1, teamIds.Count), CompetencyCount);
        ByProfile = new CoverageCounters(Math.Max(1, profiles.Count), CompetencyCount);
        Organisation = new CoverageCounters(1, CompetencyCount);
        TeamIdList = [.. teamIds.OrderBy(t => t.Value).Select(t => t.Key)];
    }

    public FrameworkIndex Framework { get; }

    public int CompetencyCount { get; }

    public int PeopleCount { get; }

    public Dictionary<string, int> ProfileIds { get; }

    public Dictionary<string, int> TeamIds { get; }

    public IReadOnlyList<string> TeamIdList { get; }

    public IReadOnlyList<JobProfile> Profiles { get; }

    /// <summary>Required level per profile × competency (0 = not required).</summary>
    public sbyte[] Required { get; }

    public string[] PersonIds { get; }

    public Dictionary<string, int> PersonOrdinals { get; }

    public int[] PersonProfile { get; }

    public int[] PersonTeam { get; }

    public sbyte[] Self { get; }

    public sbyte[] Manager { get; }

    public sbyte[] Final { get; }

    public CoverageCounters Teams { get; }

    public CoverageCounters ByProfile { get; }

    public CoverageCounters Organisation { get; }

    public int RequiredOf(int person, int competency)
    {
        var profile = PersonProfile[person];
        return profile < 0 ? 0 : Required[(profile * CompetencyCount) + competency];
    }

    /// <summary>Fills the team, profile and organisation counters in one pass.</summary>
    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Count()
    {
        var c = CompetencyCount;
        for (var p = 0; p < PeopleCount; p++)
        {
            var team = PersonTeam[p];
            var profile = PersonProfile[p];
            Organisation.Headcount[0]++;
            if (team >= 0)
            {
                Teams.Headcount[team]++;
            }

            if (profile < 0)
            {
                continue;
            }

            ByProfile.Headcount[profile]++;
            var requiredRow = profile * c;
            var row = p * c;
            for (var k = 0; k < c; k++)
            {
                int required = Required[requiredRow + k];
                if (required == 0)
                {
                    continue;
                }

                var final = Final[row + k];
                Organisation.Add(0, k, required, final);
                ByProfile.Add(profile, k, required, final);
                if (team >= 0)
                {
                    Teams.Add(team, k, required, final);
                }
            }
        }
    }
}
