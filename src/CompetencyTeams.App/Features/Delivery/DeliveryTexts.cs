using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>What the reminder, closing and validation cards say, in French and English.</summary>
internal static class DeliveryTexts
{
    public static readonly LocalizedText ReminderNotice = new(
        "Rappel : votre auto-évaluation n'est pas encore envoyée.",
        "Reminder: your self-assessment has not been submitted yet.");

    public static readonly LocalizedText ClosingTitle = new("Campagne close", "Campaign closed");

    public static readonly LocalizedText ClosingBody = new(
        "La campagne « {0} » est close. Merci de votre participation ; vos réponses sont conservées et votre responsable peut maintenant les consulter.",
        "The campaign \"{0}\" is closed. Thank you for taking part; your answers are kept and your manager can now review them.");

    public static readonly LocalizedText ValidatedTitle = new("Auto-évaluation validée", "Self-assessment validated");

    public static readonly LocalizedText ValidatedBody = new(
        "Votre responsable a validé votre auto-évaluation de la campagne « {0} ».",
        "Your manager has validated your self-assessment for the campaign \"{0}\".");

    public static readonly LocalizedText ValidatedAsIs = new(
        "Tous vos niveaux ont été confirmés.",
        "All your levels were confirmed.");

    public static readonly LocalizedText ValidatedAdjusted = new(
        "{0} niveau(x) ajusté(s) : ses niveaux et commentaires sont dans l'onglet CompetencyTeams.",
        "{0} level(s) adjusted: their levels and comments are in the CompetencyTeams tab.");
}
