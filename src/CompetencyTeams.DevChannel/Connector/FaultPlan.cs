namespace CompetencyTeams.DevChannel.Connector;

/// <summary>
/// Faults the connector stand-in injects, set through POST /devchannel/faults by tests and benchmarks.
/// Rates are probabilities per request, drawn from a seeded generator so a run can be replayed.
/// </summary>
public sealed record FaultPlan
{
    public double ThrottleRate { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    public double UnavailableRate { get; init; }

    /// <summary>Added to every connector answer, to exercise the caller's timeouts.</summary>
    public int LatencyMs { get; init; }

    /// <summary>User ids ("29:…") that blocked the bot: sends to their conversation get 403.</summary>
    public IReadOnlyList<string> BlockedUsers { get; init; } = [];

    /// <summary>
    /// User ids ("29:…") for whom the app is not installed: creating a 1:1 conversation with them is refused (403
    /// BotNotInConversationRoster), as Teams does until the app is installed for them (Graph installedApps).
    /// </summary>
    public IReadOnlyList<string> UninstalledUsers { get; init; } = [];

    public int Seed { get; init; } = 42;

    public static FaultPlan None { get; } = new();
}

/// <summary>Decides, request by request, which fault (if any) the current <see cref="FaultPlan"/> injects.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private FaultPlan _plan = FaultPlan.None;
    private Random _random = new(FaultPlan.None.Seed);

    public FaultPlan Plan
    {
        get
        {
            lock (_gate)
            {
                return _plan;
            }
        }
    }

    public void Apply(FaultPlan plan)
    {
        lock (_gate)
        {
            _plan = plan;
            _random = new Random(plan.Seed);
        }
    }

    public InjectedFault Draw(string? userId)
    {
        lock (_gate)
        {
            if (userId is not null && _plan.BlockedUsers.Contains(userId, StringComparer.Ordinal))
            {
                return InjectedFault.Blocked;
            }

            var roll = _random.NextDouble();
            if (roll < _plan.ThrottleRate)
            {
                return InjectedFault.Throttled;
            }

            return roll < _plan.ThrottleRate + _plan.UnavailableRate ? InjectedFault.Unavailable : InjectedFault.None;
        }
    }
}

public enum InjectedFault
{
    None,
    Throttled,
    Unavailable,
    Blocked,
}
