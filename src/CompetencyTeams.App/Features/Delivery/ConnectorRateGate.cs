namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Every connector call of this instance waits here: first for a global pause (a 429's Retry-After, ours or another
/// instance's), then for its slot in an evenly spaced schedule at this instance's share of the deployment budget, then
/// for the conversation's own limits. Even spacing (not a bucket that refills each second) keeps any sliding second
/// under the budget, which is how Teams counts.
/// <para>
/// The last check, at departure, is what makes the limit hold whatever the jitter: the connector stamps a request
/// somewhere between its departure and its response, so a request may share the connector's sliding second with any
/// request that is still in flight or whose response came less than a second ago. While the share's worth of such
/// requests exists, nothing leaves. Departures alone (the previous design) were not enough: requests delayed on a
/// starved CPU arrived together and broke the limit.
/// </para>
/// </summary>
public sealed class ConnectorRateGate(TimeProvider clock)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(5);
    private readonly Lock _gate = new();
    private readonly ConversationLimits _conversations = new();
    private readonly Queue<DateTimeOffset> _completions = new();
    private int _inFlight;
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

    /// <summary>
    /// Waits until one request may go (to <paramref name="conversationId"/>, or a create when null). Dispose the permit
    /// the moment the response (or the failure) is back: until then the request counts as possibly arriving now.
    /// </summary>
    public async Task<ConnectorPermit> WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = Reserve(conversationId);
            if (wait == TimeSpan.Zero)
            {
                if (await DepartAsync(cancellationToken))
                {
                    return new ConnectorPermit(this);
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
                return new ConnectorPermit(this);
            }
        }
    }

    internal void Complete()
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            _inFlight--;
            _completions.Enqueue(now);
        }
    }

    // After a reserved slot: go now unless a pause began meanwhile (false: reserve again after it), waiting first while
    // the share's worth of requests may still be counted in the connector's current second.
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

            while (_completions.Count > 0 && _completions.Peek() <= now - Second)
            {
                _completions.Dequeue();
            }

            if (_inFlight + _completions.Count >= _perSecond)
            {
                return _completions.Count > 0 ? _completions.Peek() + Second - now + TimeSpan.FromMilliseconds(1) : InFlightPoll;
            }

            _inFlight++;
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

/// <summary>One request through the gate; disposing it records that its response is back.</summary>
public sealed class ConnectorPermit(ConnectorRateGate gate) : IDisposable
{
    private int _completed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _completed, 1) == 0)
        {
            gate.Complete();
        }
    }
}
