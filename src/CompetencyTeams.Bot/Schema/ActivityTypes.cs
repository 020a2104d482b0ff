namespace CompetencyTeams.Bot.Schema;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Event = "event";
    public const string Typing = "typing";
}

public static class InvokeNames
{
    /// <summary>Universal Actions (Action.Execute) of Adaptive Cards.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}

public static class InstallationActions
{
    public const string Add = "add";
    public const string AddUpgrade = "add-upgrade";
    public const string Remove = "remove";
    public const string RemoveUpgrade = "remove-upgrade";
}

public static class Channels
{
    public const string MsTeams = "msteams";
}
