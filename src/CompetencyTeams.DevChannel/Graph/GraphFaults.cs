namespace CompetencyTeams.DevChannel.Graph;

/// <summary>Where a fault rule applies: to whole HTTP requests, to the steps inside a JSON batch, or both.</summary>
public enum GraphFaultScope
{
    Any,
    Request,
    BatchStep,
}

/// <summary>
/// A scripted fault: the matching requests, after <see cref="Skip"/> of them went through, get <see cref="Status"/>
/// (429, 503, 403, …) <see cref="Count"/> times (0 = for ever).
/// </summary>
public sealed record GraphFaultRule
{
    public string? Method { get; init; }

    /// <summary>Matched against the decoded path after /v1.0, case-insensitively (e.g. "/items", "/lists", "$batch").</summary>
    public string? PathContains { get; init; }

    public GraphFaultScope Scope { get; init; } = GraphFaultScope.Any;

    public int Status { get; init; } = StatusCodes.Status429TooManyRequests;

    public int RetryAfterSeconds { get; init; }

    public int Skip { get; init; }

    public int Count { get; init; } = 1;

    /// <summary>Error message for a 403 (default "Access denied", as SharePoint answers).</summary>
    public string? Message { get; init; }
}

/// <summary>The fault plan set through POST /devchannel/graph/faults: scripted rules, then random rates (seeded).</summary>
public sealed record GraphFaultPlan
{
    public IReadOnlyList<GraphFaultRule> Rules { get; init; } = [];

    public double ThrottleRate { get; init; }

    public double UnavailableRate { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    public int Seed { get; init; } = 42;

    public static GraphFaultPlan None { get; } = new();
}

/// <summary>Decides, call by call, whether the current plan injects a fault.</summary>
public sealed class GraphFaultInjector
{
    private readonly Lock _gate = new();
    private GraphFaultPlan _plan = GraphFaultPlan.None;
    private int[] _seen = [];
    private Random _random = new(GraphFaultPlan.None.Seed);

    public GraphFaultPlan Plan
    {
        get
        {
            lock (_gate)
            {
                return _plan;
            }
        }
    }

    public void Apply(GraphFaultPlan plan)
    {
        lock (_gate)
        {
            _plan = plan;
            _seen = new int[plan.Rules.Count];
            _random = new Random(plan.Seed);
        }
    }

    public GraphResponse? Draw(GraphRequest request)
    {
        lock (_gate)
        {
            for (var i = 0; i < _plan.Rules.Count; i++)
            {
                var rule = _plan.Rules[i];
                if (!Matches(rule, request))
                {
                    continue;
                }

                var seen = _seen[i]++;
                if (seen >= rule.Skip && (rule.Count == 0 || seen < rule.Skip + rule.Count))
                {
                    return Fault(rule.Status, rule.RetryAfterSeconds, rule.Message);
                }
            }

            if (_plan.ThrottleRate <= 0 && _plan.UnavailableRate <= 0)
            {
                return null;
            }

            var roll = _random.NextDouble();
            if (roll < _plan.ThrottleRate)
            {
                return GraphErrors.Throttled(_plan.RetryAfterSeconds);
            }

            return roll < _plan.ThrottleRate + _plan.UnavailableRate ? GraphErrors.Unavailable(_plan.RetryAfterSeconds) : null;
        }
    }

    private static bool Matches(GraphFaultRule rule, GraphRequest request) =>
        (rule.Scope == GraphFaultScope.Any || (rule.Scope == GraphFaultScope.BatchStep) == request.IsBatchStep)
        && (rule.Method is null || string.Equals(rule.Method, request.Method, StringComparison.OrdinalIgnoreCase))
        && (rule.PathContains is null || request.Path.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase));

    private static GraphResponse Fault(int status, int retryAfterSeconds, string? message) => status switch
    {
        StatusCodes.Status429TooManyRequests => GraphErrors.Throttled(retryAfterSeconds),
        StatusCodes.Status503ServiceUnavailable => GraphErrors.Unavailable(retryAfterSeconds),
        StatusCodes.Status403Forbidden => GraphErrors.AccessDenied(message),
        _ => GraphErrors.Error(status, "generalException", message ?? "Injected fault."),
    };
}
