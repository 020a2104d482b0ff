using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.App.Tests.Tab;

/// <summary>Small dashboards and assessments in the API's own shapes, for the component tests.</summary>
public static class TabTestData
{
    public static TeamDashboard Dashboard(params HeatmapRow[] people) => new(
        "camp-1",
        "accueil",
        "Accueil et admissions",
        new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
        people.Length,
        0.8,
        [
            new HeatmapBlock("1.1", "Accueillir", [new HeatmapColumn("1.1.1", "Accueil physique", true), new HeatmapColumn("1.1.2", "Accueil téléphonique", false)]),
            new HeatmapBlock("2.1", "Facturer", [new HeatmapColumn("2.1.1", "Facturation", false)]),
        ],
        people,
        [new CompetencyCoverage("1.1.1", 3, 2, 1, 0, 1.5, 3, true)],
        ["1.1.1"],
        [new FteBalance("agent-accueil", 3, 4, 2.5)],
        [],
        new Dictionary<string, int> { ["Submitted"] = 2, ["Invited"] = 1 },
        0);

    /// <summary>One person with: a gap of 2, a level held but not required, and a competency not assessed.</summary>
    public static HeatmapRow Camille() => new(
        "p-camille",
        "Camille Martin",
        "agent-accueil",
        "Submitted",
        [
            new HeatmapCell("1.1.1", CellState.Level, 1, 3, 2),
            new HeatmapCell("1.1.2", CellState.Level, 2, null, null),
            new HeatmapCell("2.1.1", CellState.NotAssessed, null, 2, null),
        ]);

    public static HeatmapRow Noa() => new(
        "p-noa",
        "Noa Petit",
        "agent-facturation",
        "Invited",
        [
            new HeatmapCell("1.1.1", CellState.Level, 3, 3, 0),
            new HeatmapCell("1.1.2", CellState.NotApplicable, null, null, null),
            new HeatmapCell("2.1.1", CellState.Level, 1, 4, 3),
        ]);

    public static PersonView SubmittedAssessment() => new(
        "camp-1",
        "p-camille",
        "Camille Martin",
        "accueil",
        "agent-accueil",
        "Submitted",
        new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero),
        null,
        null,
        null,
        "W/\"v1\"",
        [
            new PersonBlock("1.1", "Accueillir", "Je manque de pratique au téléphone.", [
                new PersonCompetency("1.1.1", "Accueil physique", 3, "2", null, "2", 1, null, null),
                new PersonCompetency("1.1.2", "Accueil téléphonique", 2, "3", null, "3", 0, null, null),
            ]),
        ],
        []);
}
