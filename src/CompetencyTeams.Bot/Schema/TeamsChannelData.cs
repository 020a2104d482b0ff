using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompetencyTeams.Bot.Schema;

/// <summary>The Teams part of channelData; unknown fields are kept.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }

    public string? EventType { get; init; }

    public TeamInfo? Team { get; init; }

    public ChannelInfo? Channel { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    public static TeamsChannelData ForTenant(string tenantId) => new() { Tenant = new TenantInfo { Id = tenantId } };
}

public sealed record TenantInfo
{
    public string? Id { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record TeamInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}

public sealed record ChannelInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
