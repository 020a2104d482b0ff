namespace CompetencyTeams.App.Tab.Texts;

/// <summary>The HR console: campaigns, participation, framework, profiles, people, organisation map.</summary>
public sealed partial class TabText
{
    public string NewCampaign => T("Nouvelle campagne", "New campaign");

    public string SharePointLists => T("Listes SharePoint", "SharePoint lists");

    public string ProvisionSharePoint => T("Créer les listes et colonnes manquantes", "Create the missing lists and columns");

    public string ProvisionNothingChanged => T("Les listes et leurs colonnes existent déjà ; rien n'a changé.", "The lists and their columns already exist; nothing changed.");

    public string ProvisionCreated(IReadOnlyList<string> lists, IReadOnlyList<string> columns) =>
        string.Format(Culture, T("Listes créées : {0}. Colonnes ajoutées : {1}.", "Lists created: {0}. Columns added: {1}."), Names(lists), Names(columns));

    private string Names(IReadOnlyList<string> names) => names.Count == 0 ? T("aucune", "none") : string.Join(", ", names);

    public string CampaignNameFr => T("Nom (français)", "Name (French)");

    public string CampaignNameEn => T("Nom (anglais)", "Name (English)");

    public string Framework => T("Référentiel", "Framework");

    public string FrameworkVersion => T("Version", "Version");

    public string OpensAt => T("Ouverture", "Opens");

    public string Deadline => T("Date limite", "Deadline");

    public string Audience => T("Public", "Audience");

    public string Everyone => T("Tout le monde", "Everyone");

    public string Teams => T("Équipes", "Teams");

    public string AudienceSize => T("Personnes concernées", "People concerned");

    public string ManagerValidates => T("Validation par le manager", "Manager validates");

    public string Create => T("Créer", "Create");

    public string CampaignAction(string action) => action switch
    {
        "edit" => Edit,
        "schedule" => T("Programmer", "Schedule"),
        "unschedule" => T("Déprogrammer", "Unschedule"),
        "launch-now" => T("Lancer maintenant", "Launch now"),
        "cancel" => T("Annuler la campagne", "Cancel the campaign"),
        "remind-now" => T("Relancer maintenant", "Remind now"),
        "retry-failed" => T("Renvoyer les échecs", "Retry failed deliveries"),
        "close-now" => T("Clôturer maintenant", "Close now"),
        _ => action,
    };

    public string CancelReason => T("Motif de l'annulation", "Reason for cancelling");

    public string ActionDone => T("C'est fait.", "Done.");

    public string LiveParticipation => T("Participation en direct", "Live participation");

    public string Refresh => T("Actualiser", "Refresh");

    public string FailureReason => T("Raison de l'échec", "Failure reason");

    public string Attempts => T("Tentatives", "Attempts");

    public string FailuresByReason => T("Échecs par raison", "Failures by reason");

    public string Frameworks => T("Référentiels", "Frameworks");

    public string Competencies => T("Compétences", "Competencies");

    public string Export => T("Exporter", "Export");

    public string Import => T("Importer", "Import");

    public string ImportFile => T("Fichier à importer", "File to import");

    public string Format => T("Format", "Format");

    public string Imported(int count) => string.Format(Culture, T("{0} ligne(s) importée(s).", "{0} line(s) imported."), count);

    public string FrameworkImported(string id, int version) => string.Format(Culture, T("Version {1} de {0} créée (brouillon).", "Version {1} of {0} created (draft)."), id, version);

    public string Profiles => T("Profils de poste", "Job profiles");

    public string RequiredLevels => T("Niveaux requis", "Required levels");

    public string HorizonDate => T("Horizon", "Horizon");

    public string People => T("Personnes", "People");

    public string Manager => T("Manager", "Manager");

    public string Active => T("Actif", "Active");

    public string Reachable => T("Joignable", "Reachable");

    public string ImportPeopleHelp => T(
        "CSV avec l'en-tête object_id,display_name,user_principal_name,team_id,manager_id,profile_id,fte,preferred_locale,active.",
        "CSV with the header object_id,display_name,user_principal_name,team_id,manager_id,profile_id,fte,preferred_locale,active.");

    public string Organisation => T("Carte des écarts de l'organisation", "Organisation gap map");

    public string Team => T("Équipe", "Team");

    public string SmallGroup => T("Petit groupe (visible des RH seulement)", "Small group (HR only)");

    public string OrganisationLevers => T("Leviers à l'échelle de l'organisation", "Organisation-wide levers");

    public string FteByBlock => T("ETP par bloc d'activités", "FTE per activity block");

    public string UnallocatedFte => T("ETP non répartis", "Unallocated FTE");
}
