using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>The "Delivery" configuration section: the connector budget and how the workers pace themselves.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Requests per second the whole deployment may make to the connector (Teams: 50 per app per tenant).</summary>
    [Range(1, 10_000)]
    public double GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Share of the budget actually used. The gate already keeps the connector's sliding second at the budget whatever
    /// the jitter (a request counts from its departure until a second after its response), so 1 uses all of it; lower
    /// it to leave room for another sender with the same app id (docs/decisions/0004).
    /// </summary>
    [Range(0.1, 1.0)]
    public double BudgetSafety { get; set; } = 1.0;

    /// <summary>Recipients per queue message.</summary>
    [Range(1, 200)]
    public int ChunkSize { get; set; } = 20;

    /// <summary>Queue messages one instance handles at the same time.</summary>
    [Range(1, 256)]
    public int MaxConcurrentMessages { get; set; } = 16;

    /// <summary>How long a received message stays hidden; renewed while it is being worked on.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan MessageVisibility { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Wait between polls of an empty queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Attempts on 412/502/503/504/timeouts before the recipient is marked failed.</summary>
    [Range(1, 20)]
    public int MaxTransientAttempts { get; set; } = 5;

    /// <summary>First backoff after a transient failure; doubled each attempt, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan TransientBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>429s tolerated for one recipient before it is marked failed (throttled).</summary>
    [Range(1, 100)]
    public int MaxThrottlesPerRecipient { get; set; } = 10;

    /// <summary>Pause after a 429 that carries no Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan DefaultThrottlePause { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often each instance writes its heartbeat and reads the others' (its rate share) and the shared pause.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An instance whose heartbeat is older than this no longer counts in the budget split.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan InstanceExpiry { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A "sending" claim older than this belongs to a worker that died: the send is tried again (the residual window).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SendingClaimExpiry { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The app's id in the organisation's Teams catalog (appCatalogs/teamsApps/{id}). When set, people the bot cannot
    /// reach (no chat, or a chat gone for good) get the app installed for them through Graph and the card goes to that
    /// chat; empty, they are reported unreachable.
    /// </summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>The Bot Connector service URL for a chat opened through Graph for someone the bot never talked to (Teams' global one).</summary>
    [Required]
    public Uri ServiceUrl { get; set; } = new("https://smba.trafficmanager.net/teams/");

    /// <summary>Run the queue workers in this instance (off for an instance that only serves the tab).</summary>
    public bool RunWorkers { get; set; } = true;
}
