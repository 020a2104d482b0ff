using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Profiles;

namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>
/// The four job profiles of the demo's Accueil–Facturation–Recouvrement chain: the level each requires per competency
/// (1 notions … 4 expert), the FTE each needs now and at the horizon, and per activity block; and each profile's usual
/// split of working time over the blocks.
/// </summary>
public static class DemoProfiles
{
    public const string AgentAccueil = "agent-accueil";
    public const string AgentFacturation = "agent-facturation";
    public const string ChargeRecouvrement = "charge-recouvrement";
    public const string Responsable = "responsable";

    public static IReadOnlyList<JobProfile> All(FrameworkRef framework, DateOnly horizon) =>
    [
        Profile(AgentAccueil, "Agent d'accueil", "Front desk agent", framework, horizon, new(15, 17),
            Levels(("1.1.1", 3), ("1.1.2", 3), ("1.1.3", 2), ("1.2.1", 3), ("1.2.2", 2), ("1.3.1", 3), ("1.3.2", 2), ("1.3.3", 3)),
            Blocks(("1.1", 9, 10), ("1.2", 3, 3.5), ("1.3", 3, 3.5))),
        Profile(AgentFacturation, "Agent de facturation", "Billing agent", framework, horizon, new(9, 10),
            Levels(("1.1.2", 2), ("1.2.1", 3), ("1.2.2", 3), ("1.2.3", 3), ("1.3.1", 3), ("1.3.2", 3), ("1.3.3", 2), ("2.1.4", 2), ("2.2.1", 2)),
            Blocks(("1.2", 5, 5.5), ("1.3", 2, 2.5), ("2.1", 1, 1), ("2.2", 1, 1))),
        Profile(ChargeRecouvrement, "Chargé(e) de recouvrement", "Debt recovery officer", framework, horizon, new(8, 9),
            Levels(("1.1.2", 3), ("1.2.1", 3), ("1.2.3", 3), ("1.2.4", 4), ("1.3.2", 3), ("2.1.4", 3), ("2.2.1", 3), ("2.2.3", 2)),
            Blocks(("1.2", 5, 5.5), ("1.3", 1, 1), ("2.2", 2, 2.5))),
        Profile(Responsable, "Responsable d'équipe", "Team manager", framework, horizon, new(4, 4),
            Levels(("1.1.2", 3), ("1.2.1", 4), ("1.3.2", 3), ("1.3.3", 4), ("2.1.4", 3), ("2.1.5", 3), ("2.3.2", 3), ("3.1.3", 3), ("3.2.1", 3)),
            Blocks(("1.2", 1, 1), ("2.1", 1.5, 1.5), ("2.3", 0.5, 0.5), ("3.1", 0.5, 0.5), ("3.2", 0.5, 0.5))),
    ];

    /// <summary>How people of each profile usually split their time (percent per block).</summary>
    public static IReadOnlyDictionary<string, double> TimeSplit(string profileId) => profileId switch
    {
        AgentAccueil => Split(("1.1", 60), ("1.2", 20), ("1.3", 20)),
        AgentFacturation => Split(("1.2", 60), ("1.3", 20), ("2.1", 10), ("2.2", 10)),
        ChargeRecouvrement => Split(("1.2", 65), ("1.3", 10), ("2.2", 25)),
        _ => Split(("1.2", 25), ("2.1", 35), ("2.3", 15), ("3.1", 10), ("3.2", 15)),
    };

    private static JobProfile Profile(string id, string fr, string en, FrameworkRef framework, DateOnly horizon, FteNeed need, Dictionary<string, int> levels, Dictionary<string, FteNeed> blocks) =>
        new(id, new LocalizedText(fr, en), framework, levels, need, blocks) { HorizonDate = horizon };

    private static Dictionary<string, int> Levels(params (string Code, int Level)[] levels) =>
        levels.ToDictionary(l => l.Code, l => l.Level, StringComparer.Ordinal);

    private static Dictionary<string, FteNeed> Blocks(params (string Block, double Now, double Horizon)[] blocks) =>
        blocks.ToDictionary(b => b.Block, b => new FteNeed(b.Now, b.Horizon), StringComparer.Ordinal);

    private static Dictionary<string, double> Split(params (string Block, double Percent)[] split) =>
        split.ToDictionary(s => s.Block, s => s.Percent, StringComparer.Ordinal);
}
