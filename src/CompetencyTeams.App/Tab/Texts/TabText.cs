using System.Globalization;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Tab.Texts;

/// <summary>
/// Every text of the tab in French and English, chosen by the Teams locale (French for fr*, English otherwise).
/// Split by screen into partial files; nothing else in the tab holds user-facing words.
/// </summary>
public sealed partial class TabText(string locale)
{
    public string Locale { get; } = locale;

    public bool IsFrench => AppLocale.IsFrench(Locale);

    /// <summary>"fr" or "en", for the page's lang attribute.</summary>
    public string Language => AppLocale.Language(Locale);

    public CultureInfo Culture => AppLocale.Culture(Locale);

    public string Of(LocalizedText text) => text.For(Locale);

    public string Date(DateTimeOffset? value) => value?.ToLocalTime().ToString("d MMM yyyy", Culture) ?? "—";

    public string DateTime(DateTimeOffset? value) => value?.ToLocalTime().ToString("d MMM yyyy HH:mm", Culture) ?? "—";

    public string Number(double? value, string format = "0.#") => value?.ToString(format, Culture) ?? "—";

    public string Percent(double? value) => value?.ToString("P0", Culture) ?? "—";

    // Common
    public string AppName => "CompetencyTeams";

    public string Loading => T("Chargement…", "Loading…");

    public string Retry => T("Réessayer", "Try again");

    public string Save => T("Enregistrer", "Save");

    public string Cancel => T("Annuler", "Cancel");

    public string Close => T("Fermer", "Close");

    public string Edit => T("Modifier", "Edit");

    public string Back => T("Retour", "Back");

    public string Next => T("Suivant", "Next");

    public string Previous => T("Précédent", "Previous");

    public string Home => T("Accueil", "Home");

    public string HrConsole => T("Console RH", "HR console");

    public string Empty => T("Rien à afficher pour l'instant.", "Nothing to show yet.");

    public string All => T("Tous", "All");

    public string Yes => T("Oui", "Yes");

    public string No => T("Non", "No");

    public string Saved => T("Enregistré.", "Saved.");

    public string NotFoundTitle => T("Page introuvable", "Page not found");

    public string NotFoundBody => T("Cette page n'existe pas dans l'onglet.", "This page does not exist in the tab.");

    public string PageRange(int from, int to, int total) =>
        string.Format(Culture, T("{0}–{1} sur {2}", "{0}–{1} of {2}"), from, to, total);

    public string Pagination => T("Pagination", "Pagination");

    public string More => T("Afficher plus", "Show more");

    // Errors, by HTTP status
    public string ErrorTitle => T("Une erreur s'est produite", "Something went wrong");

    public string ErrorFor(int status) => status switch
    {
        0 => T("Le service ne répond pas. Vérifiez votre connexion et réessayez.", "The service does not answer. Check your connection and try again."),
        400 => T("Certaines valeurs ne sont pas valides.", "Some values are not valid."),
        401 => T("Votre session a expiré : rouvrez l'onglet dans Teams.", "Your session has expired: reopen the tab in Teams."),
        403 => T("Vous n'avez pas accès à ces informations.", "You do not have access to this information."),
        404 => T("Introuvable : l'élément a peut-être été supprimé.", "Not found: it may have been removed."),
        409 => T("Quelqu'un a modifié ces données entre-temps, ou leur état ne le permet pas. Rechargez puis réessayez.", "Someone changed this in the meantime, or its state does not allow it. Reload and try again."),
        _ => T("Le service a rencontré un problème. Réessayez dans un instant.", "The service ran into a problem. Try again in a moment."),
    };

    private string T(string french, string english) => IsFrench ? french : english;
}
