using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.Domain.Levers;

/// <summary>The per-team rules (training, mobility, recruitment when nobody holds it, pairing), producing compact candidates.</summary>
internal static class TeamLeverRules
{
    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void ProposeTraining(GapData data, LeverIndexes indexes, LeverRules rules, List<TeamLeverCandidate>[] byTeam)
    {
        var c = data.CompetencyCount;
        for (var p = 0; p < data.PeopleCount; p++)
        {
            var team = data.PersonTeam[p];
            if (team < 0 || data.PersonProfile[p] < 0)
            {
                continue;
            }

            for (var k = 0; k < c; k++)
            {
                var required = data.RequiredOf(p, k);
                var final = data.Final[(p * c) + k];
                if (required == 0 || final <= 0 || final >= required || required - final > rules.TrainingMaxGap)
                {
                    continue;
                }

                var tutor = Tutor(indexes, team, k, c, required, p, rules.TrainingTutorMayBeInOtherTeam, out var inTeam);
                if (tutor >= 0)
                {
                    byTeam[team].Add(new TeamLeverCandidate(inTeam ? TeamLeverRule.TrainingTutorInTeam : TeamLeverRule.TrainingTutorElsewhere, k, p, tutor, required - final, final, required));
                }
            }
        }
    }

    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void ProposeTeamCoverage(GapData data, LeverIndexes indexes, LeverRules rules, List<TeamLeverCandidate>[] byTeam)
    {
        var c = data.CompetencyCount;
        for (var t = 0; t < byTeam.Length; t++)
        {
            for (var k = 0; k < c; k++)
            {
                var i = (t * c) + k;
                var requiredBy = data.Teams.RequiredBy[i];
                var holders = data.Teams.Holders[i];
                if (requiredBy == 0 || holders > rules.CriticalMaxHolders)
                {
                    continue;
                }

                int needed = indexes.TeamMaxRequired[i];
                if (holders == 0)
                {
                    var candidate = indexes.MobilityCandidate(data, t, k);
                    if (candidate >= 0 && data.Final[(candidate * c) + k] >= needed)
                    {
                        byTeam[t].Add(new TeamLeverCandidate(TeamLeverRule.Mobility, k, -1, candidate, requiredBy, data.Final[(candidate * c) + k], needed));
                    }
                    else if (rules.RecruitWhenNoHolderAnywhere && indexes.OrgBestLevel[k] < needed)
                    {
                        byTeam[t].Add(new TeamLeverCandidate(TeamLeverRule.RecruitNoHolder, k, -1, -1, requiredBy, 0, needed));
                    }
                }
                else if (rules.PairOnSingleHolder)
                {
                    byTeam[t].Add(new TeamLeverCandidate(TeamLeverRule.PairSingleHolder, k, -1, indexes.TeamBestPerson[i], requiredBy - holders, holders, needed));
                }
            }
        }
    }

    private static int Tutor(LeverIndexes indexes, int team, int k, int c, int required, int learner, bool mayBeElsewhere, out bool inTeam)
    {
        var candidate = indexes.TeamBestPerson[(team * c) + k];
        inTeam = candidate >= 0 && candidate != learner && indexes.TeamBestLevel[(team * c) + k] >= required;
        if (inTeam)
        {
            return candidate;
        }

        var elsewhere = indexes.OrgBestPerson[k];
        return mayBeElsewhere && elsewhere >= 0 && elsewhere != learner && indexes.OrgBestLevel[k] >= required ? elsewhere : -1;
    }
}

internal enum TeamLeverRule : byte
{
    TrainingTutorInTeam,
    TrainingTutorElsewhere,
    Mobility,
    RecruitNoHolder,
    PairSingleHolder,
}

/// <summary>A proposal before it is worded: ordinals only, so that thousands can be ranked without allocating text.</summary>
internal readonly record struct TeamLeverCandidate(TeamLeverRule Rule, int Competency, int Person, int Other, double Magnitude, int Held, int Required)
{
    public LeverType Type => Rule switch
    {
        TeamLeverRule.TrainingTutorInTeam or TeamLeverRule.TrainingTutorElsewhere => LeverType.Training,
        TeamLeverRule.Mobility => LeverType.Mobility,
        TeamLeverRule.RecruitNoHolder => LeverType.Recruitment,
        _ => LeverType.Organisation,
    };

    /// <summary>Most severe first, then lever type, competency and person in analysis order (deterministic).</summary>
    public static int Compare(TeamLeverCandidate a, TeamLeverCandidate b)
    {
        var order = b.Magnitude.CompareTo(a.Magnitude);
        order = order != 0 ? order : a.Type.CompareTo(b.Type);
        order = order != 0 ? order : a.Competency.CompareTo(b.Competency);
        return order != 0 ? order : a.Person.CompareTo(b.Person);
    }

    public LeverProposal ToProposal(GapData data, int team)
    {
        var code = data.Framework.Competencies[Competency].Code;
        var (ruleCode, reason) = Rule switch
        {
            TeamLeverRule.TrainingTutorInTeam => ("training.small-gap-with-tutor", LeverReasons.Training(code, Held, Required, tutorInTeam: true)),
            TeamLeverRule.TrainingTutorElsewhere => ("training.small-gap-with-tutor", LeverReasons.Training(code, Held, Required, tutorInTeam: false)),
            TeamLeverRule.Mobility => ("mobility.held-above-requirement-elsewhere", LeverReasons.Mobility(code, Required, Held)),
            TeamLeverRule.RecruitNoHolder => ("recruitment.no-holder-anywhere", LeverReasons.RecruitNoHolder(code, Required)),
            _ => ("organisation.pair-single-holder", LeverReasons.PairSingleHolder(code, Held)),
        };
        return new LeverProposal(Type, ruleCode, reason)
        {
            TeamId = data.TeamIdList[team],
            PersonId = Person >= 0 ? data.PersonIds[Person] : null,
            CompetencyCode = code,
            SuggestedPersonId = Other >= 0 ? data.PersonIds[Other] : null,
            Magnitude = Magnitude,
        };
    }
}
