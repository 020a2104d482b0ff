namespace CompetencyTeams.Bot.Schema;

/// <summary>The body of POST /v3/conversations.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public Activity? Activity { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public string? TenantId { get; init; }

    /// <summary>
    /// A Teams 1:1 chat between the bot (28:{appId}) and one user (29:…). The tenant goes both in tenantId
    /// and channelData.tenant.id, as Teams requires the tenant and SDKs disagree on where.
    /// </summary>
    public static ConversationParameters ForPersonalChat(string botAppId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botAppId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:" + botAppId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = TeamsChannelData.ForTenant(tenantId),
        };
    }
}

/// <summary>The answer to POST /v3/conversations.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }

    public string? ActivityId { get; init; }

    public string? ServiceUrl { get; init; }
}

/// <summary>The answer to sending, replying to or updating an activity.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}

/// <summary>The connector's error body: {"error":{"code","message"}}.</summary>
public sealed record ErrorResponse
{
    public ErrorDetail? Error { get; init; }
}

public sealed record ErrorDetail
{
    public string? Code { get; init; }

    public string? Message { get; init; }
}
