namespace CompetencyTeams.App.Tab.Texts;

/// <summary>The HR editors: framework as a new version, level scale, profile requirements, teams import, campaign reminders.</summary>
public sealed partial class TabText
{
    // Framework editor
    public string EditAsNewVersion => T("Modifier (nouvelle version)", "Edit as a new version");

    public string FrameworkName => T("Nom du référentiel", "Framework name");

    public string FrameworkStatus(string status) => status switch
    {
        "Published" => T("Publiée", "Published"),
        "Draft" => T("Brouillon", "Draft"),
        _ => status,
    };

    public string DraftNotice(int baseVersion, int newVersion) => string.Format(
        Culture,
        T("La version {0} ne change pas : l'enregistrement crée la version {1}, en brouillon, à publier ensuite.", "Version {0} does not change: saving creates version {1}, a draft, to publish afterwards."),
        baseVersion,
        newVersion);

    public string SaveAsDraft(int version) => string.Format(Culture, T("Enregistrer comme version {0} (brouillon)", "Save as version {0} (draft)"), version);

    public string DraftCreated(string id, int version) => string.Format(Culture, T("Version {1} de {0} enregistrée en brouillon.", "Version {1} of {0} saved as a draft."), id, version);

    public string PublishVersion(int version) => string.Format(Culture, T("Publier la version {0}", "Publish version {0}"), version);

    public string FrameworkPublished(string id, int version) => string.Format(Culture, T("Version {1} de {0} publiée.", "Version {1} of {0} published."), id, version);

    public string CompetencyCount(int count) => string.Format(Culture, T("{0} compétence(s)", "{0} competenc(ies)"), count);

    public string BlockTitle => T("Intitulé du bloc", "Block title");

    public string CompetencyTitle => T("Intitulé de la compétence", "Competency title");

    public string CompetencyDescription => T("Description", "Description");

    public string KnowledgeLines => T("Savoirs associés (un par ligne)", "Associated knowledge (one per line)");

    public string ExampleLines => T("Exemples (un par ligne)", "Examples (one per line)");

    public string AddCompetency => T("Ajouter une compétence", "Add a competency");

    public string AddBlock => T("Ajouter un bloc d'activités", "Add an activity block");

    public string RemoveItem(string code) => string.Format(Culture, T("Supprimer {0}", "Remove {0}"), code);

    public string ShowSection(string name) => string.Format(Culture, T("Afficher ou masquer {0}", "Show or hide {0}"), name);

    public string ExpandAll => T("Tout déplier", "Expand all");

    public string CollapseAll => T("Tout replier", "Collapse all");

    // Level scale
    public string LevelScale => T("Échelle de niveaux", "Level scale");

    public string LevelValue => T("Valeur", "Value");

    public string LevelCode => T("Code", "Code");

    public string LabelFr => T("Libellé (français)", "Label (French)");

    public string LabelEn => T("Libellé (anglais)", "Label (English)");

    public string DescriptorFr => T("Description (français)", "Description (French)");

    public string DescriptorEn => T("Description (anglais)", "Description (English)");

    public string AddLevel => T("Ajouter un niveau", "Add a level");

    public string RemoveHighestLevel => T("Retirer le niveau le plus haut", "Remove the highest level");

    public string LevelFieldLabel(string field, int value) => string.Format(Culture, T("{0}, niveau {1}", "{0}, level {1}"), field, value);

    public string ScaleOf(string id, int version) => string.Format(Culture, T("Échelle de {0} version {1}", "Scale of {0} version {1}"), id, version);

    // Profiles
    public string NotRequired => T("Non requis", "Not required");

    public string RequiredLevelOf(string code, string title) => string.Format(Culture, T("Niveau requis pour {0} {1}", "Required level for {0} {1}"), code, title);

    public string FteOfBlock(string label, string block) => string.Format(Culture, T("{0}, bloc {1}", "{0}, block {1}"), label, block);

    public string FteOfProfile => T("ETP du profil", "Profile FTE");

    public string RequiredCount(int required, int total) => string.Format(Culture, T("{0} requise(s) sur {1}", "{0} required of {1}"), required, total);

    public string NewProfile => T("Nouveau profil", "New profile");

    public string ProfileId => T("Identifiant du profil", "Profile id");

    public string NameFr => T("Nom (français)", "Name (French)");

    public string NameEn => T("Nom (anglais)", "Name (English)");

    // Teams import
    public string ImportTeams => T("Importer des équipes", "Import teams");

    public string ImportPeople => T("Importer des personnes", "Import people");

    public string ImportTeamsHelp => T(
        "CSV avec l'en-tête team_id,name,manager_id,parent_team_id (les deux dernières colonnes peuvent être vides).",
        "CSV with the header team_id,name,manager_id,parent_team_id (the last two columns may be empty).");

    public string ParentTeam => T("Équipe parente", "Parent team");

    public string NothingImported => T("Aucune ligne importée : corrigez les lignes signalées puis recommencez.", "Nothing was imported: fix the lines shown and try again.");

    // Campaign form
    public string DeclareTimeShares => T("Déclaration des temps par bloc d'activités", "Time shares declared per activity block");

    public string Reminders => T("Rappels", "Reminders");

    public string ReminderDays => T("Jours avant la date limite (séparés par des virgules)", "Days before the deadline (comma-separated)");

    public string ReminderDaysInvalid => T("Indiquez des nombres entiers de 0 à 365, séparés par des virgules.", "Give whole numbers from 0 to 365, separated by commas.");

    public string ReminderTime => T("Heure d'envoi", "Time of day");

    public string SkipWeekends => T("Avancer au vendredi les rappels tombant un week-end", "Move weekend reminders to the Friday before");

    public string TimeZone => T("Fuseau horaire", "Time zone");

    public string TimesIn(string zone, string offset) => string.Format(Culture, T("Dates et heures dans le fuseau {0} (UTC{1}).", "Dates and times in the {0} time zone (UTC{1})."), zone, offset);

    public string Recurrence => T("Récurrence", "Recurrence");

    public string RecurrenceEvery(int? months) => months switch
    {
        null => T("Aucune", "None"),
        12 => T("Chaque année", "Every year"),
        6 => T("Tous les 6 mois", "Every 6 months"),
        3 => T("Tous les trimestres", "Every quarter"),
        1 => T("Chaque mois", "Every month"),
        _ => string.Format(Culture, T("Tous les {0} mois", "Every {0} months"), months),
    };

    public string LockedInState => T("Ne peut plus changer dans l'état actuel de la campagne.", "Can no longer change in the campaign's current state.");
}
