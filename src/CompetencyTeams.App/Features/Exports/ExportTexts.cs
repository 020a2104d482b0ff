using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Exports;

public static class ExportTexts
{
    public static LocalizedText NotYourTeam { get; } = new("Seuls les RH et le manager de l'équipe « {0} » exportent ses résultats.", "Only HR and the manager of team '{0}' export its results.");

    public static LocalizedText UnknownFormat { get; } = new("Format « {0} » inconnu : choisissez csv ou xlsx.", "Unknown format '{0}': choose csv or xlsx.");

    public static LocalizedText NoCampaign { get; } = new("Il n'existe pas de campagne « {0} ».", "There is no campaign '{0}'.");
}
