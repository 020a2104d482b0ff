using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Connector;
using CompetencyTeams.Bot.Schema;

namespace CompetencyTeams.Bot.Hosting;

/// <summary>One validated inbound activity, who sent it, and the way to answer in its conversation.</summary>
public sealed class TurnContext(Activity activity, BotCaller caller, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    public BotCaller Caller { get; } = caller;

    public IConnectorClient Connector { get; } = connector;

    /// <summary>The tenant the activity belongs to (already checked against the allowed tenants).</summary>
    public string? TenantId => Activity.TenantId;

    public ConversationReference ConversationReference => Activity.GetConversationReference();

    /// <summary>Sends an activity to this conversation, from the bot to the sender.</summary>
    public Task<ResourceResponse> SendActivityAsync(Activity outgoing, CancellationToken cancellationToken = default) =>
        Connector.SendToConversationAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, Address(outgoing), cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier in this conversation (e.g. the card behind an Action.Submit: replyToId).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity outgoing, CancellationToken cancellationToken = default) =>
        Connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, Address(outgoing) with { Id = activityId }, cancellationToken);

    private Activity Address(Activity outgoing)
    {
        var reply = Activity.CreateReply();
        return outgoing with
        {
            Type = outgoing.Type ?? ActivityTypes.Message,
            ChannelId = outgoing.ChannelId ?? reply.ChannelId,
            ServiceUrl = outgoing.ServiceUrl ?? reply.ServiceUrl,
            From = outgoing.From ?? reply.From,
            Recipient = outgoing.Recipient ?? reply.Recipient,
            Conversation = outgoing.Conversation ?? reply.Conversation,
        };
    }
}
