using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Connector;

/// <summary>
/// Teams' documented limits for a bot: per conversation 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour; per app 50 per
/// second. Every request is recorded, so <see cref="OverLimitRequests"/> counts the requests that broke a limit
/// whether or not enforcement is on — the figure a delivery engine must keep at zero.
/// </summary>
public sealed class TeamsRateLimiter(IOptionsMonitor<ConnectorOptions> options, TimeProvider time)
{
    private static readonly (TimeSpan Window, int Max)[] PerConversation =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    private readonly Dictionary<string, Queue<DateTimeOffset>> _byConversation = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Lock _gate = new();
    private long _overLimit;

    public long OverLimitRequests => Interlocked.Read(ref _overLimit);

    public int RetryAfterSeconds => options.CurrentValue.ThrottleRetryAfterSeconds;

    /// <summary>Records one request; returns false when it breaks a limit and enforcement is on (answer 429).</summary>
    public bool TryAcquire(string? conversationId)
    {
        var now = time.GetUtcNow();
        var limits = options.CurrentValue;
        bool overLimit;
        lock (_gate)
        {
            Trim(_global, now - TimeSpan.FromSeconds(1));
            overLimit = _global.Count >= limits.GlobalRequestsPerSecond;
            if (conversationId is not null)
            {
                if (!_byConversation.TryGetValue(conversationId, out var log))
                {
                    log = new Queue<DateTimeOffset>();
                    _byConversation[conversationId] = log;
                }

                Trim(log, now - TimeSpan.FromHours(1));
                overLimit |= PerConversation.Any(limit => CountSince(log, now - limit.Window) >= limit.Max);
                if (!overLimit || !limits.EnforceRateLimits)
                {
                    log.Enqueue(now);
                }
            }

            if (!overLimit || !limits.EnforceRateLimits)
            {
                _global.Enqueue(now);
            }
        }

        if (overLimit)
        {
            Interlocked.Increment(ref _overLimit);
        }

        return !overLimit || !limits.EnforceRateLimits;
    }

    public void Reset()
    {
        lock (_gate)
        {
            _byConversation.Clear();
            _global.Clear();
        }

        Interlocked.Exchange(ref _overLimit, 0);
    }

    private static void Trim(Queue<DateTimeOffset> log, DateTimeOffset oldest)
    {
        while (log.Count > 0 && log.Peek() <= oldest)
        {
            log.Dequeue();
        }
    }

    private static int CountSince(Queue<DateTimeOffset> log, DateTimeOffset since) => log.Count(at => at > since);
}
