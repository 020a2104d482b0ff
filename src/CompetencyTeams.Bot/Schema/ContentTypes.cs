namespace CompetencyTeams.Bot.Schema;

public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <summary>Type of an adaptiveCard/action response that shows a text message.</summary>
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";

    /// <summary>Type of an adaptiveCard/action response that reports an error.</summary>
    public const string Error = "application/vnd.microsoft.error";
}
