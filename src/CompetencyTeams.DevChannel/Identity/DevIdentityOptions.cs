using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>
/// The local token issuer: it plays the Bot Connector's signer (api.botframework.com-style channel tokens) and
/// Entra (a client-credentials token endpoint and OpenID metadata per tenant), over HTTPS on its own port.
/// </summary>
public sealed class DevIdentityOptions
{
    public const string SectionName = "DevChannel:Identity";

    /// <summary>Where keys and the HTTPS certificate are kept; empty means {repository}/.local/devchannel.</summary>
    public string? DataFolder { get; set; }

    /// <summary>The HTTPS port serving metadata, keys and the token endpoint (the plain-HTTP port keeps the pages).</summary>
    [Range(1, 65535)]
    public int HttpsPort { get; set; } = 5443;

    /// <summary>Host name in the issued addresses; the certificate covers localhost and 127.0.0.1.</summary>
    [Required]
    public string PublicHost { get; set; } = "localhost";

    /// <summary>Issuer of channel tokens, as the real Bot Connector's.</summary>
    [Required]
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Channels the Bot Framework signing key is endorsed for (the JWKS "endorsements").</summary>
    public string[]? Endorsements { get; set; }

    /// <summary>The v1 issuer form minted for Entra-style v1 tokens; {tenantId} is replaced.</summary>
    [Required]
    public string EntraV1IssuerTemplate { get; set; } = "https://sts.windows.net/{tenantId}/";

    /// <summary>Applications allowed at the token endpoint (client id + secret).</summary>
    public DevClient[]? Clients { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan ChannelTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<string> EffectiveEndorsements => Endorsements ?? ["msteams"];

    public string BaseUrl => $"https://{PublicHost}:{HttpsPort}";
}

public sealed class DevClient
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";
}
