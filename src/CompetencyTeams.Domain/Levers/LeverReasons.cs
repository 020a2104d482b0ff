using System.Globalization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Levers;

/// <summary>The wording of each rule's reason, in French and English.</summary>
internal static class LeverReasons
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static LocalizedText Training(string code, int held, int required, bool tutorInTeam) => new(
        $"Niveau {held} sur {code} pour un niveau requis {required} : écart de {required - held}, et {(tutorInTeam ? "un collègue de l'équipe" : "une personne d'une autre équipe")} détient ce niveau pour transmettre.",
        $"Level {held} in {code} where {required} is required: a gap of {required - held}, and {(tutorInTeam ? "a colleague in the team" : "someone in another team")} holds that level and can pass it on.");

    public static LocalizedText Mobility(string code, int needed, int held) => new(
        $"Personne dans l'équipe ne détient {code} au niveau {needed} ; une personne d'une autre équipe le détient au niveau {held}, au-delà de ce que son poste exige.",
        $"Nobody in the team holds {code} at level {needed}; someone in another team holds it at level {held}, above what their own job requires.");

    public static LocalizedText RecruitNoHolder(string code, int needed) => new(
        $"Personne dans l'organisation ne détient {code} au niveau {needed} : recruter (ou former longuement) est nécessaire.",
        $"Nobody in the organisation holds {code} at level {needed}: recruiting (or long training) is needed.");

    public static LocalizedText PairSingleHolder(string code, int holders) => new(
        $"{code} ne repose que sur {holders} personne(s) dans l'équipe : organiser un binôme pour partager ce savoir-faire.",
        $"{code} rests on only {holders} person(s) in the team: pair them with a colleague to share the know-how.");

    public static LocalizedText RecruitProfile(string profile, double shortfall, bool atHorizon) => new(
        $"Profil {profile} : il manque {Fte(shortfall, French)} ETP {(atHorizon ? "à l'horizon" : "aujourd'hui")}.",
        $"Profile {profile}: {Fte(shortfall, CultureInfo.InvariantCulture)} FTE short {(atHorizon ? "at the horizon" : "now")}.");

    public static LocalizedText RecruitBlock(string block, double shortfall) => new(
        $"Bloc {block} : il manque {Fte(shortfall, French)} ETP que les autres blocs ne peuvent pas céder.",
        $"Block {block}: {Fte(shortfall, CultureInfo.InvariantCulture)} FTE short that other blocks cannot give.");

    public static LocalizedText Redistribute(string shortBlock, double shortfall, string surplusBlock, double surplus) => new(
        $"Bloc {shortBlock} en manque de {Fte(shortfall, French)} ETP alors que le bloc {surplusBlock} dispose de {Fte(surplus, French)} ETP en plus : redistribuer du temps d'activité.",
        $"Block {shortBlock} is {Fte(shortfall, CultureInfo.InvariantCulture)} FTE short while block {surplusBlock} has {Fte(surplus, CultureInfo.InvariantCulture)} FTE to spare: redistribute activity time.");

    public static LocalizedText ReviewRequirement(string profile, string code, int below, int assessed, double requiredLevel) => new(
        $"Profil {profile} : {below} personne(s) sur {assessed} sont sous le niveau requis ({requiredLevel.ToString("0.#", French)}) en {code} : vérifier que l'exigence du profil est juste.",
        $"Profile {profile}: {below} of {assessed} people are below the required level ({requiredLevel.ToString("0.#", CultureInfo.InvariantCulture)}) in {code}: check that the profile's requirement is right.");

    private static string Fte(double value, CultureInfo culture) => value.ToString("0.##", culture);
}
