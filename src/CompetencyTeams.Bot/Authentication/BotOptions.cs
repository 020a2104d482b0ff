using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>
/// The "Bot" configuration section. Defaults are the public cloud's; every issuer, metadata address,
/// tenant and trusted certificate can be changed, but nothing turns validation off.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    public const string TenantIdPlaceholder = "{tenantId}";

    public static readonly IReadOnlyList<string> DefaultEntraIssuerTemplates =
        ["https://sts.windows.net/{tenantId}/", "https://login.microsoftonline.com/{tenantId}/v2.0"];

    /// <summary>The Bot Service's own Entra tenants, which issue channel tokens as Entra tokens.</summary>
    public static readonly IReadOnlyList<string> DefaultBotServiceTenantIds =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    /// <summary>The bot's Entra application (client) id: the audience of inbound tokens, 28:{id} outbound.</summary>
    [Required]
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>The bot's home tenant (single-tenant app): authority of outbound tokens, issuer of Entra tokens.</summary>
    [Required]
    public string TenantId { get; set; } = "";

    /// <summary>Tenants whose users may talk to the bot; empty means only <see cref="TenantId"/>.</summary>
    public string[]? AllowedTenantIds { get; set; }

    public BotCredentialType CredentialType { get; set; } = BotCredentialType.ClientSecret;

    /// <summary>The app's client secret (CredentialType ClientSecret).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty means MicrosoftAppId (UserAssignedMsi bots).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Entra instance for outbound tokens; the authority is {AuthorityHost}/{TenantId}.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string OutboundScope { get; set; } = "https://api.botframework.com/.default";

    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where the keys of an Entra issuer's tenant are published; {tenantId} is replaced.</summary>
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>Entra issuer forms (v1 and v2); null means the public-cloud forms.</summary>
    public string[]? EntraIssuerTemplates { get; set; }

    /// <summary>Bot Service tenants whose Entra tokens are accepted besides the home tenant's; null means the public-cloud ones.</summary>
    public string[]? BotServiceTenantIds { get; set; }

    /// <summary>A PEM or DER certificate trusted for HTTPS to the metadata, token and connector endpoints, besides the system store (local development).</summary>
    public string? TrustedLocalCertificatePath { get; set; }

    /// <summary>Largest accepted POST /api/messages body; larger gets 413.</summary>
    [Range(16 * 1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long OpenID metadata and keys are cached before a refresh (an unknown key id also forces one, at most every 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "5.00:00:00")]
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long one Bot Connector call may take (token included) before it counts as failed without a response: a
    /// transient fault the delivery engine backs off from, instead of a worker held for HttpClient's 100 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public IReadOnlyList<string> EffectiveAllowedTenantIds =>
        AllowedTenantIds is { Length: > 0 } ? AllowedTenantIds : [TenantId];

    public IReadOnlyList<string> EffectiveEntraIssuerTemplates => EntraIssuerTemplates ?? DefaultEntraIssuerTemplates;

    public IReadOnlyList<string> EffectiveBotServiceTenantIds => BotServiceTenantIds ?? DefaultBotServiceTenantIds;

    public string Authority => AuthorityHost.TrimEnd('/') + "/" + TenantId;

    /// <summary>The audiences a channel token may carry for this bot.</summary>
    public IReadOnlyList<string> ValidAudiences => [MicrosoftAppId, "api://" + MicrosoftAppId, "api://botid-" + MicrosoftAppId];
}

public enum BotCredentialType
{
    ClientSecret,
    ManagedIdentity,
}
