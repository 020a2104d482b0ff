using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>
/// Realistic, repeatable answers for the closed demo campaign: around the required level, with a few weak spots per team
/// (so the dashboard shows gaps, critical competencies and levers) and comments where an agent would write one.
/// Everything is derived from a stable hash of the ids, so seeding twice gives exactly the same answers.
/// </summary>
public static class DemoAnswers
{
    private static readonly Dictionary<string, string[]> WeakSpots = new(StringComparer.Ordinal)
    {
        ["accueil"] = ["1.3.3", "1.1.3"],
        ["consultations"] = ["1.3.3", "1.2.2"],
        ["facturation"] = ["2.2.1", "2.1.4"],
        ["recouvrement"] = ["1.2.4", "2.2.3"],
    };

    private static readonly string[] BlockComments =
    [
        "Je me sens à l'aise au quotidien, mais j'aimerais une formation sur les cas complexes.",
        "Les procédures ont changé cette année ; j'ai encore besoin de l'aide de mes collègues.",
        "Je forme régulièrement les nouveaux arrivants sur ces sujets.",
        "Le logiciel de gestion des admissions me pose encore des difficultés.",
        "J'applique les règles du RGPD mais je ne suis pas sûr(e) de tout maîtriser.",
    ];

    private static readonly string[] ManagerComments =
    [
        "Niveau confirmé lors des situations observées ce trimestre.",
        "À consolider : accompagnement prévu avec une collègue expérimentée.",
        "Maîtrise démontrée, peut devenir référent(e) de l'équipe.",
    ];

    /// <summary>The agent's own level for a competency their profile requires at <paramref name="required"/>.</summary>
    public static LevelAnswer Self(string personId, string? teamId, string code, int required, int maxLevel)
    {
        var roll = Roll(personId, code, "self");
        if (roll < 3 && required <= 2)
        {
            return LevelAnswer.NotApplicable;
        }

        var delta = roll switch { < 8 => -2, < 33 => -1, < 80 => 0, _ => 1 };
        if (teamId is not null && WeakSpots.TryGetValue(teamId, out var weak) && weak.Contains(code, StringComparer.Ordinal))
        {
            delta = Math.Min(delta, -1) - (roll % 2);
        }

        return LevelAnswer.Of(Math.Clamp(required + delta, 1, maxLevel));
    }

    /// <summary>A comment on a block by about a third of the agents.</summary>
    public static string? BlockComment(string personId, string blockCode) =>
        Roll(personId, blockCode, "comment") < 30 ? BlockComments[Roll(personId, blockCode, "which") % BlockComments.Length] : null;

    /// <summary>The manager's correction (±1) of a self level for about one competency in eight, with why.</summary>
    public static (LevelAnswer Level, string Comment)? ManagerAdjustment(string personId, string code, LevelAnswer self, int maxLevel)
    {
        if (!self.IsLevel || Roll(personId, code, "manager") >= 12)
        {
            return null;
        }

        var up = Roll(personId, code, "direction") < 40;
        var level = Math.Clamp(self.Level + (up ? 1 : -1), 1, maxLevel);
        return level == self.Level ? null : (LevelAnswer.Of(level), ManagerComments[Roll(personId, code, "why") % ManagerComments.Length]);
    }

    /// <summary>How far a person got in the closed campaign: most validated, some only submitted, a few in progress or silent.</summary>
    public static DemoProgress Progress(string personId) => Roll(personId, "campaign", "progress") switch
    {
        < 60 => DemoProgress.Validated,
        < 84 => DemoProgress.Submitted,
        < 92 => DemoProgress.InProgress,
        _ => DemoProgress.NotStarted,
    };

    /// <summary>A stable number in 0..99 (FNV-1a; string.GetHashCode changes between processes).</summary>
    public static int Roll(string a, string b, string salt)
    {
        var hash = 2166136261u;
        foreach (var c in string.Concat(a, "|", b, "|", salt))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 100);
    }
}

public enum DemoProgress
{
    NotStarted,
    InProgress,
    Submitted,
    Validated,
}
