using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Connector;

/// <summary>The conversations the connector stand-in knows, with every activity the bot posted, updated or deleted.</summary>
public sealed class ConversationStore(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Conversation> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _personalByUser = new(StringComparer.Ordinal);
    private long _sequence;

    public event Action<string>? Changed;

    /// <summary>Teams answers a second create for the same user with the same 1:1 conversation.</summary>
    public Conversation GetOrCreatePersonal(string tenantId, string botId, string userId)
    {
        var key = $"{tenantId}|{botId}|{userId}";
        var id = _personalByUser.GetOrAdd(key, _ => $"a:{Guid.NewGuid():N}");
        return _byId.GetOrAdd(id, conversationId => new Conversation(conversationId, tenantId, botId, userId));
    }

    public Conversation? Find(string conversationId) => _byId.GetValueOrDefault(conversationId);

    /// <summary>
    /// The chat an app installation opened for a user (Graph's id, "19:…@unq.gbl.spaces"): the bot may post to it by
    /// that id. When the user already has a 1:1 chat with the bot, that id names the same chat.
    /// </summary>
    public Conversation AdoptInstallationChat(string chatId, string tenantId, string botId, string userId)
    {
        var existing = _byId.Values.FirstOrDefault(c => c.UserId == userId && c.TenantId == tenantId && c.Id != chatId);
        var conversation = _byId.GetOrAdd(chatId, id => existing ?? new Conversation(id, tenantId, botId, userId));
        _personalByUser.TryAdd($"{tenantId}|{botId}|{userId}", conversation.Id);
        return conversation;
    }

    public IReadOnlyList<Conversation> All => [.. _byId.Values.OrderBy(c => c.UserId, StringComparer.Ordinal)];

    /// <summary>The user deleted the chat: the id is dead (404 ConversationNotFound) and a new create gives a new id.</summary>
    public bool Forget(string conversationId)
    {
        if (!_byId.TryRemove(conversationId, out var conversation))
        {
            return false;
        }

        _personalByUser.TryRemove($"{conversation.TenantId}|{conversation.BotId}|{conversation.UserId}", out _);
        return true;
    }

    public StoredActivity Add(Conversation conversation, JsonObject activity, string? replyToId)
    {
        var id = $"1{Interlocked.Increment(ref _sequence):D12}";
        activity["id"] = id;
        activity["conversation"] = new JsonObject { ["id"] = conversation.Id };
        activity["timestamp"] = time.GetUtcNow().ToString("O");
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        var stored = new StoredActivity(id, activity, time.GetUtcNow());
        conversation.Append(stored);
        Changed?.Invoke(conversation.Id);
        return stored;
    }

    public bool Update(Conversation conversation, string activityId, JsonObject activity)
    {
        var updated = conversation.Replace(activityId, activity, time.GetUtcNow());
        if (updated)
        {
            Changed?.Invoke(conversation.Id);
        }

        return updated;
    }

    public bool Delete(Conversation conversation, string activityId)
    {
        var deleted = conversation.MarkDeleted(activityId);
        if (deleted)
        {
            Changed?.Invoke(conversation.Id);
        }

        return deleted;
    }

    public void Clear()
    {
        _byId.Clear();
        _personalByUser.Clear();
    }
}
