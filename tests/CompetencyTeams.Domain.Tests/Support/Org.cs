using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.Domain.Tests.Support;

/// <summary>A small organisation on the shipped framework, built fluently for gap and lever tests.</summary>
public sealed class Org
{
    public const string Campaign = "c1";

    public static readonly FrameworkIndex Framework = new(ShippedFrameworks.AnapAfr);

    public List<JobProfile> Profiles { get; } = [];

    public List<Person> People { get; } = [];

    public List<Team> Teams { get; } = [];

    public Dictionary<string, Assessment> Assessments { get; } = new(StringComparer.Ordinal);

    public Org Profile(string id, Dictionary<string, int> required, double fteNow = 0, double fteHorizon = 0, Dictionary<string, FteNeed>? perBlock = null)
    {
        Profiles.Add(new JobProfile(id, LocalizedText.Same(id), Framework.Framework.Ref, required, new FteNeed(fteNow, fteHorizon), perBlock ?? []));
        return this;
    }

    public Org Team(string id, string? manager = null)
    {
        Teams.Add(new Team(id, "Team " + id, manager));
        return this;
    }

    public Org Person(string id, string? team, string? profile, double fte = 1, Dictionary<string, double>? shares = null)
    {
        People.Add(new Person(id, id, id + "@example.org", team, null, profile, fte, shares is null ? TimeShares.Empty : new TimeShares(shares), "fr-FR"));
        return this;
    }

    public Org Self(string person, string code, LevelAnswer answer) => Answer(person, code, answer, manager: false);

    public Org Manager(string person, string code, LevelAnswer answer) => Answer(person, code, answer, manager: true);

    public GapAnalysisInput Input() => new(Framework, Profiles, People, Teams, [.. Assessments.Values]);

    public GapAnalysisReport Analyze() => GapAnalyzer.Analyze(Input());

    private Org Answer(string person, string code, LevelAnswer answer, bool manager)
    {
        var a = Assessments.TryGetValue(person, out var existing)
            ? existing
            : new Assessment(Campaign, person, Framework.Framework.Ref, AssessmentStatus.Submitted);
        if (manager)
        {
            a = a with { ManagerAnswers = new Dictionary<string, LevelAnswer>(a.ManagerAnswers) { [code] = answer } };
        }
        else
        {
            a = a with { SelfAnswers = new Dictionary<string, LevelAnswer>(a.SelfAnswers) { [code] = answer } };
        }

        Assessments[person] = a;
        return this;
    }
}
