using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>
/// The result of a gap analysis: per person and competency (computed on demand from compact arrays), per team, per
/// profile and for the organisation (precomputed counters), and the FTE figures. Read-only and thread-safe.
/// </summary>
public sealed class GapAnalysisReport
{
    private readonly GapData _data;

    internal GapAnalysisReport(GapData data, FteFigures fte, int criticalMaxHolders)
    {
        _data = data;
        Fte = fte;
        CriticalMaxHolders = criticalMaxHolders;
    }

    public FrameworkIndex Framework => _data.Framework;

    public FteFigures Fte { get; }

    /// <summary>A competency is critical in a group when at most this many of the people who need it hold it.</summary>
    public int CriticalMaxHolders { get; }

    public IReadOnlyList<string> TeamIds => _data.TeamIdList;

    public IReadOnlyList<string> PersonIds => _data.PersonIds;

    internal GapData Data => _data;

    public bool Contains(string personId) => _data.PersonOrdinals.ContainsKey(personId);

    /// <summary>Every competency of the framework for one person (required or not), in framework order.</summary>
    public IReadOnlyList<PersonCompetencyGap> PersonGaps(string personId)
    {
        var p = PersonOrdinal(personId);
        var result = new PersonCompetencyGap[_data.CompetencyCount];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = Gap(p, k);
        }

        return result;
    }

    public PersonCompetencyGap PersonGap(string personId, string competencyCode) =>
        _data.Framework.TryGetCompetencyOrdinal(competencyCode, out var k) ? Gap(PersonOrdinal(personId), k) : throw _data.Framework.UnknownCompetency(competencyCode);

    /// <summary>Competencies where the manager's level differs from the person's own, with manager − self.</summary>
    public IReadOnlyList<PersonCompetencyGap> SelfManagerDifferences(string personId) =>
        [.. PersonGaps(personId).Where(g => g.SelfManagerDifference is not null and not 0)];

    public IReadOnlyList<CompetencyCoverage> TeamCoverage(string teamId) =>
        _data.TeamIds.TryGetValue(teamId, out var t) ? Coverage(_data.Teams, t) : Empty();

    public IReadOnlyList<CompetencyCoverage> ProfileCoverage(string profileId) =>
        _data.ProfileIds.TryGetValue(profileId, out var r) ? Coverage(_data.ByProfile, r) : Empty();

    public IReadOnlyList<CompetencyCoverage> OrganisationCoverage() => Coverage(_data.Organisation, 0);

    public int TeamHeadcount(string teamId) => _data.TeamIds.TryGetValue(teamId, out var t) ? _data.Teams.Headcount[t] : 0;

    public int ProfileHeadcount(string profileId) => _data.ProfileIds.TryGetValue(profileId, out var r) ? _data.ByProfile.Headcount[r] : 0;

    public double? TeamMeanGap(string teamId) => _data.TeamIds.TryGetValue(teamId, out var t) ? _data.Teams.MeanGap(t) : null;

    public double? ProfileMeanGap(string profileId) => _data.ProfileIds.TryGetValue(profileId, out var r) ? _data.ByProfile.MeanGap(r) : null;

    public double? OrganisationMeanGap() => _data.Organisation.MeanGap(0);

    /// <summary>Codes of the competencies someone in the team needs and at most <see cref="CriticalMaxHolders"/> of them hold.</summary>
    public IReadOnlyList<string> TeamCriticalCompetencies(string teamId) =>
        [.. TeamCoverage(teamId).Where(c => c.IsCritical).Select(c => c.CompetencyCode)];

    /// <summary>FTE available in a team per profile (needed figures are organisation-wide, from the profiles).</summary>
    public IReadOnlyList<FteBalance> TeamFteByProfile(string teamId) =>
        _data.TeamIds.TryGetValue(teamId, out var t)
            ? [.. Fte.ByProfile.Select((b, r) => b with { Available = Fte.TeamProfileAvailable[t][r] }).Where(b => b.Available > 0)]
            : [];

    public IReadOnlyList<FteBalance> TeamFteByBlock(string teamId) =>
        _data.TeamIds.TryGetValue(teamId, out var t)
            ? [.. Fte.ByBlock.Select((b, k) => b with { Available = Fte.TeamBlockAvailable[t][k] }).Where(b => b.Available > 0)]
            : [];

    /// <summary>People of a team, in the order given to the analysis.</summary>
    public IReadOnlyList<string> TeamMembers(string teamId)
    {
        if (!_data.TeamIds.TryGetValue(teamId, out var t))
        {
            return [];
        }

        var members = new List<string>();
        for (var p = 0; p < _data.PeopleCount; p++)
        {
            if (_data.PersonTeam[p] == t)
            {
                members.Add(_data.PersonIds[p]);
            }
        }

        return members;
    }

    private PersonCompetencyGap Gap(int p, int k)
    {
        var i = (p * _data.CompetencyCount) + k;
        var required = _data.RequiredOf(p, k);
        return new PersonCompetencyGap(
            _data.Framework.Competencies[k].Code,
            GapAnalyzer.Decode(_data.Self[i]),
            GapAnalyzer.Decode(_data.Manager[i]),
            GapAnalyzer.Decode(_data.Final[i]),
            required == 0 ? null : required);
    }

    private int PersonOrdinal(string personId) =>
        _data.PersonOrdinals.TryGetValue(personId, out var p) ? p : throw new KeyNotFoundException($"Person {personId} is not part of this analysis.");

    private CompetencyCoverage[] Coverage(CoverageCounters counters, int group)
    {
        var result = new CompetencyCoverage[_data.CompetencyCount];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = counters.Coverage(group, k, _data.Framework.Competencies[k].Code, CriticalMaxHolders);
        }

        return result;
    }

    private static CompetencyCoverage[] Empty() => [];
}
