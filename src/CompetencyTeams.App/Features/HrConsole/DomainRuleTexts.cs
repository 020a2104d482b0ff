using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>
/// French wording of the domain's rules (the domain explains itself in English, with the specifics), and which rules are
/// about the record's state (409) rather than about the values given (400).
/// </summary>
public static class DomainRuleTexts
{
    private static readonly Dictionary<string, string> French = new(StringComparer.Ordinal)
    {
        ["campaign.id"] = "Une campagne doit avoir un identifiant.",
        ["campaign.name"] = "Une campagne doit avoir un nom (en français ou en anglais).",
        ["campaign.window"] = "La date limite doit être postérieure à l'ouverture.",
        ["campaign.invalid-transition"] = "L'état actuel de la campagne ne permet pas cette action.",
        ["campaign.opens-in-past"] = "Une campagne planifiée doit ouvrir dans le futur ; lancez-la maintenant à la place.",
        ["campaign.deadline-earlier"] = "Pendant la campagne, la date limite ne peut qu'être reportée.",
        ["campaign.deadline-past"] = "La date limite est déjà passée.",
        ["campaign.empty-audience"] = "La campagne n'a pas de public : choisissez tout le monde, des équipes, des profils ou des personnes.",
        ["campaign.reminder-days"] = "Les rappels doivent être entre 0 et 365 jours avant la date limite.",
        ["campaign.time-zone"] = "Fuseau horaire inconnu (utilisez un identifiant IANA comme Europe/Paris).",
        ["campaign.recurrence"] = "Une récurrence est d'au moins un mois.",
        ["campaign.locked"] = "Ce champ ne peut plus changer dans l'état actuel de la campagne.",
        ["profile.framework-mismatch"] = "Le profil ne vise pas cette version du référentiel.",
        ["profile.level-out-of-scale"] = "Un niveau requis n'est pas sur l'échelle du référentiel.",
        ["profile.negative-fte"] = "Les ETP nécessaires doivent être positifs ou nuls.",
        ["framework.unknown-competency"] = "Une compétence n'existe pas dans cette version du référentiel.",
        ["framework.unknown-block"] = "Un bloc d'activités n'existe pas dans cette version du référentiel.",
        ["framework.immutable"] = "Cette version du référentiel est publiée et ne change plus ; créez une nouvelle version.",
        ["framework.already-published"] = "Cette version du référentiel est déjà publiée.",
        ["framework.invalid"] = "Cette version du référentiel est incomplète et ne peut pas être publiée.",
    };

    public static bool IsStateRule(string code) =>
        code is "campaign.invalid-transition" or "campaign.locked" or "framework.immutable" or "framework.already-published";

    /// <summary>The rule in the locale's language: the French wording followed by the domain's specifics, or the domain's English message.</summary>
    public static string Describe(DomainRuleException rule, string locale) =>
        AppLocale.IsFrench(locale) && French.TryGetValue(rule.Code, out var french) ? $"{french} ({rule.Message})" : rule.Message;
}
