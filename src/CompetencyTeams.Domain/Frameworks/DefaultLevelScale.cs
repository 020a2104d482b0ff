using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Frameworks;

/// <summary>
/// The default 4-level scale, written for the agent answering. ANAP's own scale (§2.4 of the publication) was not
/// available; this one is data like any other (it travels inside the framework JSON and can be replaced by import).
/// </summary>
public static class DefaultLevelScale
{
    public const string Id = "ct-4-levels";

    public static LevelScale Create() => new(
        Id,
        new LocalizedText("Échelle à 4 niveaux", "4-level scale"),
        [
            new ScaleLevel(
                1,
                "N1",
                new LocalizedText("Notions", "Basic knowledge"),
                new LocalizedText(
                    "Je connais les notions de base et je comprends de quoi il s'agit, mais je ne le pratique pas encore seul(e).",
                    "I know the basics and understand what it is about, but I do not practise it on my own yet.")),
            new ScaleLevel(
                2,
                "N2",
                new LocalizedText("Application avec aide", "Application with help"),
                new LocalizedText(
                    "Je le fais dans les situations courantes, avec l'appui d'un collègue, d'un guide ou d'une procédure.",
                    "I do it in routine situations, with support from a colleague, a guide or a procedure.")),
            new ScaleLevel(
                3,
                "N3",
                new LocalizedText("Maîtrise autonome", "Autonomous mastery"),
                new LocalizedText(
                    "Je le fais seul(e), y compris dans les situations inhabituelles, et je sais quand demander un avis.",
                    "I do it on my own, including in unusual situations, and I know when to ask for advice.")),
            new ScaleLevel(
                4,
                "N4",
                new LocalizedText("Expert capable de transmettre", "Expert who can teach"),
                new LocalizedText(
                    "Je le maîtrise au point de former ou de conseiller mes collègues et de faire évoluer les pratiques.",
                    "I master it well enough to train or advise colleagues and to improve how it is done.")),
        ]);
}
