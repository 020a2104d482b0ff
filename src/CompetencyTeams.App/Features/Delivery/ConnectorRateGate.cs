namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Every connector call of this instance waits here: first for a global pause (a 429's Retry-After, ours or another
/// instance's), then for its slot in an evenly spaced schedule at this instance's share of the deployment budget, then
/// for the conversation's own limits. Even spacing (not a bucket that refills each second) keeps any sliding second
/// under the budget, which is how Teams counts. A last check at the moment of departure caps the requests of any
/// sliding second at the share: waiters that wake late (a busy thread pool, a GC pause) never leave in a burst.
/// </summary>
public sealed class ConnectorRateGate(TimeProvider clock)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly ConversationLimits _conversations = new();
    private readonly Queue<DateTimeOffset> _departures = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private TimeSpan _spacing = TimeSpan.Zero;
    private int _perSecond;
    private bool _open;

    /// <summary>Requests per second this instance may make (0 until the coordinator has counted the live instances).</summary>
    public double RequestsPerSecond { get; private set; }

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_gate)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>Sets this instance's share; a share of 0 closes the gate.</summary>
    public void SetShare(double requestsPerSecond)
    {
        lock (_gate)
        {
            RequestsPerSecond = requestsPerSecond;
            _open = requestsPerSecond > 0;
            _spacing = _open ? TimeSpan.FromSeconds(1 / requestsPerSecond) : TimeSpan.Zero;
            _perSecond = Math.Max(1, (int)Math.Floor(requestsPerSecond));
        }
    }

    /// <summary>Nobody calls the connector before <paramref name="until"/> (a later pause wins). Returns true when it extended the pause.</summary>
    public bool PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until <= _pausedUntil)
            {
                return false;
            }

            _pausedUntil = until;
            return true;
        }
    }

    /// <summary>Waits until one request may go (to <paramref name="conversationId"/>, or a create when null).</summary>
    public async Task WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = Reserve(conversationId);
            if (wait == TimeSpan.Zero)
            {
                if (await DepartAsync(cancellationToken))
                {
                    return;
                }

                continue;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
                continue;
            }

            await Task.Delay(-wait, clock, cancellationToken);
            if (await DepartAsync(cancellationToken))
            {
                return;
            }
        }
    }

    // After a reserved slot: go now unless a pause began meanwhile (false: reserve again after it), waiting first while
    // the last sliding second already holds the share's worth of departures.
    private async Task<bool> DepartAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryDepart();
            if (wait is null)
            {
                return true;
            }

            if (wait < TimeSpan.Zero)
            {
                return false;
            }

            await Task.Delay(wait.Value, clock, cancellationToken);
        }
    }

    private TimeSpan? TryDepart()
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_pausedUntil > now)
            {
                return TimeSpan.FromTicks(-1);
            }

            while (_departures.Count > 0 && _departures.Peek() <= now - Second)
            {
                _departures.Dequeue();
            }

            if (_departures.Count >= _perSecond)
            {
                return _departures.Peek() + Second - now + TimeSpan.FromMilliseconds(1);
            }

            _departures.Enqueue(now);
            return null;
        }
    }

    // Returns how long to wait and try again, or zero when a slot was taken now; a reserved future slot is returned
    // as a negative wait (wait it out, then go).
    private TimeSpan Reserve(string? conversationId)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (!_open)
            {
                return TimeSpan.FromMilliseconds(100);
            }

            if (_pausedUntil > now)
            {
                return _pausedUntil - now;
            }

            var conversationReady = conversationId is null ? now : _conversations.EarliestAt(conversationId, now);
            if (conversationReady > now)
            {
                return conversationReady - now;
            }

            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + _spacing;
            if (conversationId is not null)
            {
                _conversations.Record(conversationId, slot);
            }

            return slot > now ? -(slot - now) : TimeSpan.Zero;
        }
    }
}
