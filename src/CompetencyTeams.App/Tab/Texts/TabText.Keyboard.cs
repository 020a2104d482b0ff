namespace CompetencyTeams.App.Tab.Texts;

/// <summary>The heatmap's keyboard hint and cell labels, and the person's history across campaigns.</summary>
public sealed partial class TabText
{
    public string HeatmapKeysHint => T(
        "Flèches pour passer d'une cellule à l'autre, Début et Fin pour le début et la fin de la ligne, Page précédente et Page suivante pour changer de page, Entrée pour ouvrir l'évaluation de la personne.",
        "Arrow keys move between cells, Home and End go to the start and end of the row, Page Up and Page Down change page, Enter opens the person's assessment.");

    /// <summary>What a screen reader says on a heatmap cell: who, which competency, and the level words.</summary>
    public string HeatmapCellLabel(string person, string code, string title, string words) =>
        string.Format(Culture, T("{0}, {1} {2} : {3}", "{0}, {1} {2}: {3}"), person, code, title, words);

    public string HistoryEmpty => T("Aucune autre campagne pour cette personne.", "No other campaign for this person.");

    public string HistoryCaption(int count) => string.Format(
        Culture, T("Niveau retenu (ou auto-évalué) dans les {0} dernières campagnes, la plus récente d'abord.", "Final (or self) level in the last {0} campaigns, newest first."), count);

    public string HistoryByManager => T("validé par le manager", "set by the manager");

    public string HistoryUnavailable => T("L'historique n'a pas pu être chargé.", "The history could not be loaded.");
}
