using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;
using CompetencyTeams.Domain.Tests.Support;
using CsCheck;

namespace CompetencyTeams.Domain.Tests.Gaps;

/// <summary>Properties of the gap maths over random organisations on the real shipped framework.</summary>
public sealed class GapAnalysisPropertyTests
{
    private static readonly FrameworkIndex Framework = Org.Framework;
    private static readonly int C = Framework.CompetencyCount;

    private static readonly Gen<PersonSpec> PersonGen = Gen.Select(
        Gen.Int[-1, 3], Gen.Int[-1, 2], Gen.Int[-1, 4].Array[C], Gen.Int[-1, 4].Array[C], Gen.Int[0, 12], Gen.Int[0, 100],
        (team, profile, self, manager, fteTenths, share) => new PersonSpec(team, profile, self, manager, fteTenths / 10.0, share));

    private static readonly Gen<GapAnalysisInput> InputGen = Gen.Select(Gen.Int[0, 4].Array[C].Array[3], PersonGen.Array[0, 40], Build);

    [Fact]
    public void Coverage_Always_HoldersWithinAssessedWithinRequiredByWithinHeadcount() =>
        InputGen.Sample(input =>
        {
            var report = GapAnalyzer.Analyze(input);
            foreach (var team in input.Teams)
            {
                var headcount = report.TeamHeadcount(team.Id);
                Assert.All(report.TeamCoverage(team.Id), c =>
                {
                    Assert.InRange(c.Holders, 0, c.Assessed);
                    Assert.InRange(c.Assessed + c.NotApplicable, 0, c.RequiredBy);
                    Assert.InRange(c.RequiredBy, 0, headcount);
                    Assert.True(c.CoverageRate is null or (>= 0 and <= 1));
                });
            }
        });

    [Fact]
    public void PersonGap_FinalAtOrAboveRequired_HasNoGap_AndBelowHasPositiveGap() =>
        InputGen.Sample(input =>
        {
            var report = GapAnalyzer.Analyze(input);
            foreach (var gap in input.People.SelectMany(p => report.PersonGaps(p.ObjectId)))
            {
                if (gap.Required is { } r && gap.Final.IsLevel)
                {
                    Assert.Equal(gap.Final.Level >= r, gap.Gap == 0);
                    Assert.Equal(Math.Max(0, r - gap.Final.Level), gap.Gap);
                }
                else
                {
                    Assert.Null(gap.Gap);
                }
            }
        });

    [Fact]
    public void AddingAHolder_NeverLowersCoverage() =>
        Gen.Select(InputGen, Gen.Int[0, int.MaxValue], Gen.Int[0, C - 1]).Where(t => t.Item1.People.Count > 0).Sample((input, who, k) =>
        {
            var person = input.People[who % input.People.Count];
            var profile = input.Profiles.FirstOrDefault(p => p.Id == person.ProfileId);
            var code = Framework.Competencies[k].Code;
            if (person.TeamId is null || profile?.RequiredLevel(code) is not { } required)
            {
                return;
            }

            var before = GapAnalyzer.Analyze(input);
            var raised = input.Assessments.Where(a => a.PersonId != person.ObjectId).Append(AssessmentOf(input, person.ObjectId) with
            {
                ManagerAnswers = new Dictionary<string, LevelAnswer>(AssessmentOf(input, person.ObjectId).ManagerAnswers) { [code] = LevelAnswer.Of(required) },
            }).ToList();
            var after = GapAnalyzer.Analyze(input with { Assessments = raised });
            var holdersBefore = before.TeamCoverage(person.TeamId).Single(c => c.CompetencyCode == code).Holders;
            var holdersAfter = after.TeamCoverage(person.TeamId).Single(c => c.CompetencyCode == code).Holders;
            Assert.True(holdersAfter >= holdersBefore);
            Assert.Equal(0, after.PersonGap(person.ObjectId, code).Gap);
        });

    [Fact]
    public void MeanGap_Always_BetweenZeroAndScaleSpan() =>
        InputGen.Sample(input =>
        {
            var report = GapAnalyzer.Analyze(input);
            Assert.All(input.Teams, t => Assert.True(report.TeamMeanGap(t.Id) is null or (>= 0 and <= 3)));
            Assert.All(report.OrganisationCoverage(), c => Assert.True(c.MeanGap is null or (>= 0 and <= 3)));
        });

    [Fact]
    public void Teams_AddUpToTheOrganisation_ForPeopleWithATeam() =>
        InputGen.Sample(input =>
        {
            var report = GapAnalyzer.Analyze(input with { People = [.. input.People.Where(p => p.TeamId is not null)] });
            var org = report.OrganisationCoverage();
            for (var k = 0; k < C; k++)
            {
                Assert.Equal(org[k].Holders, input.Teams.Sum(t => report.TeamCoverage(t.Id)[k].Holders));
                Assert.Equal(org[k].RequiredBy, input.Teams.Sum(t => report.TeamCoverage(t.Id)[k].RequiredBy));
            }
        });

    [Fact]
    public void Fte_AllocatedPlusUnallocated_EqualsTotal() =>
        InputGen.Sample(input =>
        {
            var fte = GapAnalyzer.Analyze(input).Fte;
            Assert.Equal(fte.TotalFte, fte.ByBlock.Sum(b => b.Available) + fte.UnallocatedFte, 6);
            Assert.Equal(input.People.Where(p => p.ProfileId is not null).Sum(p => p.Fte), fte.ByProfile.Sum(b => b.Available), 6);
        });

    [Fact]
    public void Levers_Always_DeterministicAndPointAtRealGaps() =>
        InputGen.Sample(input =>
        {
            var report = GapAnalyzer.Analyze(input);
            var first = LeverEngine.Propose(report, LeverRules.Default);
            var second = LeverEngine.Propose(GapAnalyzer.Analyze(input), LeverRules.Default);
            foreach (var team in input.Teams)
            {
                Assert.Equal(first.ForTeam(team.Id).Select(p => p.Reason.En), second.ForTeam(team.Id).Select(p => p.Reason.En));
                Assert.All(first.ForTeam(team.Id).Where(p => p.Type == LeverType.Training), p =>
                    Assert.InRange(report.PersonGap(p.PersonId!, p.CompetencyCode!).Gap ?? 0, 1, LeverRules.Default.TrainingMaxGap));
            }
        });

    private static Assessment AssessmentOf(GapAnalysisInput input, string personId) =>
        input.Assessments.FirstOrDefault(a => a.PersonId == personId) ?? new Assessment(Org.Campaign, personId, Framework.Framework.Ref, AssessmentStatus.Submitted);

    private static GapAnalysisInput Build(int[][] requirements, PersonSpec[] specs)
    {
        var profiles = requirements.Select((levels, r) => new JobProfile(
            "profile" + r,
            LocalizedText.Same("P" + r),
            Framework.Framework.Ref,
            Enumerable.Range(0, C).Where(k => levels[k] > 0).ToDictionary(k => Framework.Competencies[k].Code, k => levels[k]),
            new FteNeed(r + 1, r + 2),
            new Dictionary<string, FteNeed> { [Framework.Blocks[r].Code] = new(1, 1) })).ToList();
        var teams = Enumerable.Range(0, 4).Select(t => new Team("team" + t, "Team " + t, null)).ToList();
        var people = new List<Person>();
        var assessments = new List<Assessment>();
        for (var i = 0; i < specs.Length; i++)
        {
            var s = specs[i];
            var id = "person" + i;
            var shares = s.Share == 0 ? TimeShares.Empty : new TimeShares(new Dictionary<string, double> { ["1.1"] = s.Share });
            people.Add(new Person(id, id, id, s.Team < 0 ? null : "team" + s.Team, null, s.Profile < 0 ? null : "profile" + s.Profile, s.Fte, shares, "fr"));
            assessments.Add(new Assessment(Org.Campaign, id, Framework.Framework.Ref, AssessmentStatus.Submitted)
            {
                SelfAnswers = Answers(s.Self),
                ManagerAnswers = Answers(s.Manager),
            });
        }

        return new GapAnalysisInput(Framework, profiles, people, teams, assessments);
    }

    private static Dictionary<string, LevelAnswer> Answers(int[] values) =>
        Enumerable.Range(0, C).Where(k => values[k] != 0)
            .ToDictionary(k => Framework.Competencies[k].Code, k => values[k] < 0 ? LevelAnswer.NotApplicable : LevelAnswer.Of(values[k]));

    private sealed record PersonSpec(int Team, int Profile, int[] Self, int[] Manager, double Fte, int Share);
}
