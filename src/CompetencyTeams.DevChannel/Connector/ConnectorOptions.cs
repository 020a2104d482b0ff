using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.DevChannel.Connector;

/// <summary>How the Bot Connector stand-in behaves: Teams' documented rate limits (off for the demo) and the service URL it announces.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "DevChannel:Connector";

    /// <summary>Enforce the Teams limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; per app 50/s). Off by default for the demo.</summary>
    public bool EnforceRateLimits { get; set; }

    /// <summary>The bot's tenant: the bot's calls must carry an access token issued in it for the Bot Connector.</summary>
    [Required]
    public string TenantId { get; set; } = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c";

    [Range(1, 10_000)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Seconds announced in Retry-After when a limit is hit.</summary>
    [Range(0, 3600)]
    public int ThrottleRetryAfterSeconds { get; set; } = 1;
}
