using CompetencyTeams.DevChannel.Connector;
using CompetencyTeams.DevChannel.Directory;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Chat;

/// <summary>The services a chat endpoint needs, bundled; resolves a demo user to their 1:1 conversation with the bot.</summary>
public sealed class ChatContext(DemoDirectory directory, ConversationStore store, UserActivityFactory activities, ChannelRelay relay, IOptions<ChatOptions> options)
{
    public ConversationStore Store => store;

    public UserActivityFactory Activities => activities;

    public ChannelRelay Relay => relay;

    public ChatOptions Options => options.Value;

    public ChatSession? Resolve(string userId)
    {
        if (directory.Find(userId) is not { } user)
        {
            return null;
        }

        var conversation = store.GetOrCreatePersonal(directory.TenantId, "28:" + Options.BotAppId, user.ChannelUserId);
        return new ChatSession(user, conversation);
    }
}

public sealed record ChatSession(DemoPerson User, Conversation Conversation);
