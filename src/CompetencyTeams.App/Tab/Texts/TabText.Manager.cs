namespace CompetencyTeams.App.Tab.Texts;

/// <summary>The manager's screens: home, team dashboard, heatmap, publication and export.</summary>
public sealed partial class TabText
{
    public string Campaigns => T("Campagnes", "Campaigns");

    public string Campaign => T("Campagne", "Campaign");

    public string NoCampaign => T("Aucune campagne ne vous concerne pour l'instant.", "No campaign concerns you yet.");

    public string MyTeams => T("Mes équipes", "My teams");

    public string OpenDashboard => T("Tableau de bord", "Dashboard");

    public string OpenActionPlan => T("Plan d'action", "Action plan");

    public string OpenOrganisation => T("Carte de l'organisation", "Organisation map");

    public string NoTeamInCampaign => T("Aucune de vos équipes ne participe à cette campagne.", "None of your teams takes part in this campaign.");

    public string AgentHome => T(
        "Vous répondez au questionnaire dans la conversation avec le bot CompetencyTeams. Cet onglet est celui des managers et des RH.",
        "You answer the questionnaire in the chat with the CompetencyTeams bot. This tab is for managers and HR.");

    public string CampaignState(string state) => state switch
    {
        "Draft" => T("Brouillon", "Draft"),
        "Scheduled" => T("Programmée", "Scheduled"),
        "Running" => T("En cours", "Running"),
        "Closed" => T("Clôturée", "Closed"),
        "Cancelled" => T("Annulée", "Cancelled"),
        _ => state,
    };

    public string Window(DateTimeOffset opens, DateTimeOffset deadline) =>
        string.Format(Culture, T("du {0} au {1}", "{0} to {1}"), Date(opens), Date(deadline));

    // Dashboard
    public string TeamDashboard => T("Tableau de bord de l'équipe", "Team dashboard");

    public string Headcount => T("Effectif", "Headcount");

    public string MeanGap => T("Écart moyen", "Mean gap");

    public string ValidatedCount => T("Validées", "Validated");

    public string ComputedAt(DateTimeOffset at) => string.Format(Culture, T("Calculé le {0}", "Computed {0}"), DateTime(at));

    public string Filters => T("Filtres", "Filters");

    public string Block => T("Bloc d'activités", "Activity block");

    public string Profile => T("Profil", "Profile");

    public string GapOnly => T("Seulement les écarts", "Gaps only");

    public string AllBlocks => T("Tous les blocs", "All blocks");

    public string AllProfiles => T("Tous les profils", "All profiles");

    public string Heatmap => T("Carte des écarts (niveau détenu / requis)", "Gap heatmap (held / required level)");

    public string HeatmapCaption => T(
        "Une ligne par personne, une colonne par compétence, regroupées par bloc d'activités.",
        "One row per person, one column per competency, grouped by activity block.");

    public string Person => T("Personne", "Person");

    public string Legend => T("Légende", "Legend");

    public string LegendAtLevel => T("Niveau atteint", "At level");

    public string LegendGap(int gap) => gap >= 3
        ? T("Écart de 3 niveaux ou plus", "Gap of 3 levels or more")
        : string.Format(Culture, T("Écart de {0} niveau(x)", "Gap of {0} level(s)"), gap);

    public string LegendNotRequired => T("Non requis", "Not required");

    public string NotAssessed => T("Non évalué", "Not assessed");

    public string NotApplicable => T("Non applicable", "Not applicable");

    public string CriticalMark => T("critique", "critical");

    public string CellLabel(string person, string competency, string state) =>
        string.Format(Culture, "{0} – {1} : {2}", person, competency, state);

    public string CellLevel(int held, int? required, int? gap) => required is null
        ? string.Format(Culture, T("niveau {0}, non requis", "level {0}, not required"), held)
        : string.Format(Culture, T("niveau {0}, requis {1}, écart {2}", "level {0}, required {1}, gap {2}"), held, required, gap ?? 0);

    public string NoPeopleMatch => T("Personne ne correspond à ces filtres.", "Nobody matches these filters.");

    public string Coverage => T("Couverture par compétence", "Coverage per competency");

    public string Competency => T("Compétence", "Competency");

    public string RequiredBy => T("Requise pour", "Required by");

    public string Assessed => T("Évalués", "Assessed");

    public string Holders => T("Au niveau", "At level");

    public string CoverageRate => T("Couverture", "Coverage");

    public string Critical => T("Critique", "Critical");

    public string CriticalCompetencies => T("Compétences critiques", "Critical competencies");

    public string NoCritical => T("Aucune compétence critique.", "No critical competency.");

    public string FteByProfile => T("ETP nécessaires et disponibles par profil", "FTE needed vs available per profile");

    public string FteNeededNow => T("Nécessaires", "Needed now");

    public string FteNeededHorizon => T("À l'horizon", "At horizon");

    public string FteAvailable => T("Disponibles", "Available");

    public string FteShortfall => T("Manque", "Shortfall");

    public string Participation => T("Participation", "Participation");

    public string ParticipationState(string state) => state switch
    {
        "Invited" => T("Invité", "Invited"),
        "Delivered" => T("Reçu", "Delivered"),
        "Opened" => T("Ouvert", "Opened"),
        "InProgress" => T("En cours", "In progress"),
        "Submitted" => T("Envoyé", "Submitted"),
        "Validated" => T("Validé", "Validated"),
        "Failed" => T("Échec d'envoi", "Delivery failed"),
        "Unreachable" => T("Injoignable", "Unreachable"),
        _ => state,
    };

    public string AcceptAll => T("Valider tout ce qui a été envoyé", "Accept every submitted assessment");

    public string AcceptAllDone(int validated, int skipped) =>
        string.Format(Culture, T("{0} évaluation(s) validée(s), {1} laissée(s) telle(s) quelle(s).", "{0} assessment(s) accepted, {1} left as they were."), validated, skipped);

    // Publication and export
    public string Publish => T("Publier dans SharePoint", "Publish to SharePoint");

    public string ExportCsv => T("Exporter en CSV", "Export as CSV");

    public string ExportXlsx => T("Exporter en Excel", "Export as Excel");

    public string PublicationState(string state) => state switch
    {
        "none" => T("Jamais publié", "Never published"),
        "pending" => T("Publication en cours…", "Publishing…"),
        "done" => T("Publié", "Published"),
        "failed" => T("La publication a échoué", "Publication failed"),
        _ => state,
    };

    public string OpenInSharePoint => T("Ouvrir dans SharePoint", "Open in SharePoint");

    public string WillRetryAt(DateTimeOffset? at) => string.Format(Culture, T("Nouvel essai prévu {0}.", "Will try again {0}."), DateTime(at));
}
