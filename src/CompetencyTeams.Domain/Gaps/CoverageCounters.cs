namespace CompetencyTeams.Domain.Gaps;

/// <summary>Per group (team, profile or the whole organisation) and competency: flat counters filled in one pass.</summary>
internal sealed class CoverageCounters
{
    private readonly int _competencies;

    public CoverageCounters(int groups, int competencies)
    {
        _competencies = competencies;
        var size = groups * competencies;
        RequiredBy = new int[size];
        Assessed = new int[size];
        Holders = new int[size];
        NotApplicable = new int[size];
        GapSum = new int[size];
        RequiredSum = new int[size];
        Headcount = new int[groups];
    }

    public int[] RequiredBy { get; }

    public int[] Assessed { get; }

    public int[] Holders { get; }

    public int[] NotApplicable { get; }

    public int[] GapSum { get; }

    public int[] RequiredSum { get; }

    public int[] Headcount { get; }

    /// <summary>Counts one person's answer for a competency their profile requires (required &gt; 0).</summary>
    public void Add(int group, int competency, int required, sbyte final)
    {
        var i = (group * _competencies) + competency;
        RequiredBy[i]++;
        RequiredSum[i] += required;
        if (final > 0)
        {
            Assessed[i]++;
            if (final >= required)
            {
                Holders[i]++;
            }
            else
            {
                GapSum[i] += required - final;
            }
        }
        else if (final < 0)
        {
            NotApplicable[i]++;
        }
    }

    public CompetencyCoverage Coverage(int group, int competency, string code, int criticalMaxHolders)
    {
        var i = (group * _competencies) + competency;
        var requiredBy = RequiredBy[i];
        var assessed = Assessed[i];
        return new CompetencyCoverage(
            code,
            requiredBy,
            assessed,
            Holders[i],
            NotApplicable[i],
            assessed == 0 ? null : (double)GapSum[i] / assessed,
            requiredBy == 0 ? null : (double)RequiredSum[i] / requiredBy,
            requiredBy > 0 && Holders[i] <= criticalMaxHolders);
    }

    /// <summary>Mean gap over every assessed (person, required competency) pair of the group; null when none.</summary>
    public double? MeanGap(int group)
    {
        long gaps = 0;
        long assessed = 0;
        var start = group * _competencies;
        for (var c = start; c < start + _competencies; c++)
        {
            gaps += GapSum[c];
            assessed += Assessed[c];
        }

        return assessed == 0 ? null : (double)gaps / assessed;
    }
}
