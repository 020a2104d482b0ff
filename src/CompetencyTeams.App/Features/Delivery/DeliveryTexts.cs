using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>What the reminder and closing cards say, in French and English.</summary>
internal static class DeliveryTexts
{
    public static readonly LocalizedText ReminderNotice = new(
        "Rappel : votre auto-évaluation n'est pas encore envoyée.",
        "Reminder: your self-assessment has not been submitted yet.");

    public static readonly LocalizedText ClosingTitle = new("Campagne close", "Campaign closed");

    public static readonly LocalizedText ClosingBody = new(
        "La campagne « {0} » est close. Merci de votre participation ; vos réponses sont conservées et votre responsable peut maintenant les consulter.",
        "The campaign \"{0}\" is closed. Thank you for taking part; your answers are kept and your manager can now review them.");
}
