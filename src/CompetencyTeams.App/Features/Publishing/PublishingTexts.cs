using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Publishing;

public static class PublishingTexts
{
    public static LocalizedText NotYourTeam { get; } = new(
        "Seuls les RH et le manager de l'équipe « {0} » publient ou consultent sa synthèse.",
        "Only HR and the manager of team '{0}' publish or see its summary.");

    public static LocalizedText NoCampaign { get; } = new("Il n'existe pas de campagne « {0} ».", "There is no campaign '{0}'.");

    public static LocalizedText TeamNotInCampaign { get; } = new("L'équipe « {0} » ne fait pas partie de la campagne « {1} ».", "Team '{0}' is not part of campaign '{1}'.");

    public static LocalizedText NotLaunched { get; } = new(
        "La campagne « {0} » n'a pas été lancée : il n'y a rien à publier.",
        "Campaign '{0}' was never launched: there is nothing to publish.");

    public static LocalizedText AlreadyPending { get; } = new(
        "Une publication de cette équipe est déjà en attente ; suivez son état.",
        "A publication of this team is already pending; follow its status.");
}
