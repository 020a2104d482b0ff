using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Gaps;

/// <summary>
/// Runs the gap analysis (ANAP steps 3 and 5) in one pass over flat arrays: answers are coded as small integers
/// (0 = not assessed, −1 = not applicable, 1..n = level) so that 10,000 people × 40 competencies take milliseconds.
/// The rules are in docs/domain.md.
/// </summary>
public static class GapAnalyzer
{
    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static GapAnalysisReport Analyze(GapAnalysisInput input, int criticalMaxHolders = 1)
    {
        var framework = input.Framework;
        var c = framework.CompetencyCount;
        var people = input.People;
        var p = people.Count;

        var profileIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var required = new sbyte[input.Profiles.Count * c];
        for (var r = 0; r < input.Profiles.Count; r++)
        {
            var profile = input.Profiles[r];
            if (!profileIds.TryAdd(profile.Id, r))
            {
                continue;
            }

            foreach (var (code, level) in profile.RequiredLevels)
            {
                if (framework.TryGetCompetencyOrdinal(code, out var ordinal) && level > 0)
                {
                    required[(r * c) + ordinal] = (sbyte)Math.Min(level, sbyte.MaxValue);
                }
            }
        }

        var teamIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var team in input.Teams)
        {
            teamIds.TryAdd(team.Id, teamIds.Count);
        }

        foreach (var person in people)
        {
            if (person.TeamId is not null)
            {
                teamIds.TryAdd(person.TeamId, teamIds.Count);
            }
        }

        var assessments = new Dictionary<string, Assessment>(input.Assessments.Count, StringComparer.Ordinal);
        foreach (var assessment in input.Assessments)
        {
            assessments[assessment.PersonId] = assessment;
        }

        var data = new GapData(framework, p, profileIds, teamIds, required, input.Profiles);
        for (var i = 0; i < p; i++)
        {
            var person = people[i];
            data.PersonIds[i] = person.ObjectId;
            data.PersonOrdinals[person.ObjectId] = i;
            data.PersonProfile[i] = person.ProfileId is not null && profileIds.TryGetValue(person.ProfileId, out var pr) ? pr : -1;
            data.PersonTeam[i] = person.TeamId is not null && teamIds.TryGetValue(person.TeamId, out var t) ? t : -1;
            if (assessments.TryGetValue(person.ObjectId, out var a) && a.Framework == framework.Framework.Ref)
            {
                var row = i * c;
                Fill(data.Self, row, a.SelfAnswers, framework);
                Fill(data.Manager, row, a.ManagerAnswers, framework);
                for (var k = 0; k < c; k++)
                {
                    var m = data.Manager[row + k];
                    data.Final[row + k] = m != 0 ? m : data.Self[row + k];
                }
            }
        }

        data.Count();
        var fte = FteAnalysis.Compute(input, framework, profileIds, teamIds);
        return new GapAnalysisReport(data, fte, criticalMaxHolders);
    }

    // Runs once per analysis: compile fully optimised at once instead of waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void Fill(sbyte[] target, int row, IReadOnlyDictionary<string, LevelAnswer> answers, FrameworkIndex framework)
    {
        if (answers is Dictionary<string, LevelAnswer> concrete)
        {
            // The concrete dictionary's struct enumerator avoids one allocation per assessment.
            foreach (var (code, answer) in concrete)
            {
                if (framework.TryGetCompetencyOrdinal(code, out var k))
                {
                    target[row + k] = Encode(answer);
                }
            }

            return;
        }

        foreach (var (code, answer) in answers)
        {
            if (framework.TryGetCompetencyOrdinal(code, out var k))
            {
                target[row + k] = Encode(answer);
            }
        }
    }

    internal static sbyte Encode(LevelAnswer answer) => answer.Kind switch
    {
        AnswerKind.Level when answer.Level > 0 => (sbyte)Math.Min(answer.Level, sbyte.MaxValue),
        AnswerKind.NotApplicable => -1,
        _ => 0,
    };

    internal static LevelAnswer Decode(sbyte value) => value switch
    {
        > 0 => LevelAnswer.Of(value),
        < 0 => LevelAnswer.NotApplicable,
        _ => LevelAnswer.NotAssessed,
    };
}
