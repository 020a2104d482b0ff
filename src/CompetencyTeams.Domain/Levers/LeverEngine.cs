using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.Domain.Levers;

/// <summary>
/// Proposes levers (ANAP step 6) from a gap analysis, by the rules of <see cref="LeverRules"/> (documented in
/// docs/domain.md). Deterministic: the same analysis and rules give the same proposals in the same order.
/// </summary>
public static class LeverEngine
{
    public static LeverProposals Propose(GapAnalysisReport report, LeverRules rules)
    {
        var data = report.Data;
        var indexes = new LeverIndexes(data, rules.MobilityMinSurplus);
        var byTeam = new List<TeamLeverCandidate>[data.TeamIdList.Count];
        for (var t = 0; t < byTeam.Length; t++)
        {
            byTeam[t] = [];
        }

        TeamLeverRules.ProposeTraining(data, indexes, rules, byTeam);
        TeamLeverRules.ProposeTeamCoverage(data, indexes, rules, byTeam);
        var organisation = new List<LeverProposal>();
        OrganisationLevers.ProposeFte(report.Fte, rules, organisation);
        OrganisationLevers.ProposeRequirementReviews(data, rules, organisation);
        OrganisationLevers.ProposeNoHolderAnywhere(data, indexes, rules, organisation);

        var teams = new TeamLeverCandidate[byTeam.Length][];
        for (var t = 0; t < byTeam.Length; t++)
        {
            var candidates = byTeam[t];
            candidates.Sort(TeamLeverCandidate.Compare);
            var kept = rules.MaxProposalsPerTeam > 0 ? Math.Min(rules.MaxProposalsPerTeam, candidates.Count) : candidates.Count;
            teams[t] = [.. candidates.GetRange(0, kept)];
        }

        return new LeverProposals(data, teams, Order(organisation));
    }

    private static List<LeverProposal> Order(List<LeverProposal> proposals)
    {
        proposals.Sort(static (a, b) =>
        {
            var byMagnitude = b.Magnitude.CompareTo(a.Magnitude);
            if (byMagnitude != 0)
            {
                return byMagnitude;
            }

            var order = a.Type.CompareTo(b.Type);
            order = order != 0 ? order : string.CompareOrdinal(a.CompetencyCode, b.CompetencyCode);
            order = order != 0 ? order : string.CompareOrdinal(a.PersonId, b.PersonId);
            order = order != 0 ? order : string.CompareOrdinal(a.ProfileId, b.ProfileId);
            return order != 0 ? order : string.CompareOrdinal(a.BlockCode, b.BlockCode);
        });
        return proposals;
    }
}

/// <summary>
/// The proposals of one analysis: per team (most severe first, capped by <see cref="LeverRules.MaxProposalsPerTeam"/>) and
/// organisation-wide (FTE, profiles, competencies nobody holds). Team proposals are worded when asked for, which keeps a
/// 10,000-person analysis fast.
/// </summary>
public sealed class LeverProposals
{
    private readonly GapData _data;
    private readonly TeamLeverCandidate[][] _teams;

    internal LeverProposals(GapData data, TeamLeverCandidate[][] teams, IReadOnlyList<LeverProposal> organisation)
    {
        _data = data;
        _teams = teams;
        Organisation = organisation;
    }

    public IReadOnlyList<LeverProposal> Organisation { get; }

    public int CountForTeam(string teamId) => _data.TeamIds.TryGetValue(teamId, out var t) ? _teams[t].Length : 0;

    /// <summary>The team's proposals, most severe first; <paramref name="take"/> limits how many are worded and returned.</summary>
    public IReadOnlyList<LeverProposal> ForTeam(string teamId, int? take = null)
    {
        if (!_data.TeamIds.TryGetValue(teamId, out var t))
        {
            return [];
        }

        var candidates = _teams[t];
        var count = take is { } n ? Math.Min(Math.Max(0, n), candidates.Length) : candidates.Length;
        var proposals = new LeverProposal[count];
        for (var i = 0; i < count; i++)
        {
            proposals[i] = candidates[i].ToProposal(_data, t);
        }

        return proposals;
    }
}
