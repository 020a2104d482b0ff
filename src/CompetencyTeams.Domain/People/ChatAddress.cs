namespace CompetencyTeams.Domain.People;

/// <summary>
/// Where to send a proactive message to a person: the channel's service URL, the 1:1 conversation id, the tenant id
/// and the person's channel user id ("29:…"). Plain strings: the domain knows nothing of the chat protocol.
/// </summary>
public sealed record ChatAddress(string ServiceUrl, string ConversationId, string TenantId, string ChannelUserId);
