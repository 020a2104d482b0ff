namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Teams' per-conversation limits (7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour) for the requests this instance
/// makes; a 1:1 campaign sends one or two cards per person, so these bind only for repeated sends to one person.
/// Not thread-safe: <see cref="ConnectorRateGate"/> holds its lock.
/// </summary>
internal sealed class ConversationLimits
{
    private static readonly (TimeSpan Window, int Max)[] Limits =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    private readonly Dictionary<string, Queue<DateTimeOffset>> _logs = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep;

    /// <summary>The first instant a request to the conversation keeps every window under its maximum.</summary>
    public DateTimeOffset EarliestAt(string conversationId, DateTimeOffset now)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
        {
            return now;
        }

        Trim(log, now);
        var earliest = now;
        var times = log.ToArray();
        foreach (var (window, max) in Limits)
        {
            // With max requests already inside the window, the next may go once the oldest of the last max leaves it.
            if (times.Length >= max)
            {
                var leaves = times[^max] + window + TimeSpan.FromMilliseconds(1);
                earliest = leaves > earliest ? leaves : earliest;
            }
        }

        return earliest;
    }

    public void Record(string conversationId, DateTimeOffset at)
    {
        if (!_logs.TryGetValue(conversationId, out var log))
        {
            log = new Queue<DateTimeOffset>();
            _logs[conversationId] = log;
        }

        log.Enqueue(at);
        if (at - _lastSweep > TimeSpan.FromMinutes(5))
        {
            Sweep(at);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        _lastSweep = now;
        foreach (var (id, log) in _logs.ToArray())
        {
            Trim(log, now);
            if (log.Count == 0)
            {
                _logs.Remove(id);
            }
        }
    }

    private static void Trim(Queue<DateTimeOffset> log, DateTimeOffset now)
    {
        while (log.Count > 0 && log.Peek() <= now - TimeSpan.FromHours(1))
        {
            log.Dequeue();
        }
    }
}
