namespace CompetencyTeams.Benchmarks.Fanout;

/// <summary>
/// A campaign launched to 3,000 people through the App's own scheduler steps, queue and workers, against the DevChannel's
/// Bot Connector stand-in. Three runs: Teams' limits (50 requests/s for the app, the per-conversation windows) with 2 %
/// injected 429s carrying Retry-After; the same limits without faults; the limit lifted (the engine's own ceiling
/// against Azurite). Each says how close the wall time gets to its floor, that nobody got two cards, nobody was lost and
/// no request broke a limit. CT_FANOUT_RUNS=throttled,clean,lifted picks runs (all by default).
/// </summary>
public sealed class FanoutBenchmark : IBenchmark
{
    private const int People = 3000;
    private const double TeamsRequestsPerSecond = 50;
    private const double ThrottleRate = 0.02;
    private const int RetryAfterSeconds = 1;

    public string Name => "fanout";

    public string Description =>
        $"campaign launch to {People} people: connector stand-in at {TeamsRequestsPerSecond:0} req/s + per-conversation limits, " +
        $"{ThrottleRate:P0} injected 429 (Retry-After {RetryAfterSeconds} s), then without faults, then with the limit lifted (engine ceiling on Azurite)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var connection = context.StorageConnectionString ?? throw new InvalidOperationException("CT_BENCH_STORAGE_CONNECTION is not set; run through ./bench.sh.");
        var runs = (Environment.GetEnvironmentVariable("CT_FANOUT_RUNS") ?? "throttled,clean,lifted").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var floor = People / TeamsRequestsPerSecond;
        var result = new BenchmarkResult().Add("floor_s", floor, "s");
        result.Parameters["people"] = People;
        result.Parameters["teams_requests_per_s"] = TeamsRequestsPerSecond;
        result.Parameters["injected_429_rate"] = ThrottleRate;
        result.Parameters["retry_after_s"] = RetryAfterSeconds;
        result.Parameters["wall"] = "from the launch command to the last card the stand-in accepted";
        result.Parameters["paused_s"] = "time in gaps of more than 250 ms between accepted cards (the global pauses after 429s)";

        if (runs.Contains("throttled"))
        {
            var throttled = await new FanoutRun(context.RepositoryRoot, connection, People, new FanoutRun.Limits(TeamsRequestsPerSecond, ThrottleRate, RetryAfterSeconds))
                .RunAsync(cancellationToken);

            // Honouring every 429's Retry-After for the whole deployment (the rule) makes each one cost that
            // pause: the best wall time is the floor plus the pauses demanded (docs/decisions/0004).
            var demanded = throttled.Throttled * RetryAfterSeconds;
            var bound = floor / (floor + demanded);
            var efficiency = floor / throttled.Wall.TotalSeconds;
            result
                .Add("wall_s", throttled.Wall.TotalSeconds, "s")
                .Add("efficiency", efficiency, "ratio")
                .Add("throttled_requests", throttled.Throttled, "requests")
                .Add("efficiency_bound", bound, "ratio")
                .Add("efficiency_of_bound", efficiency / bound, "ratio")
                .Add("paused_s", throttled.Paused.TotalSeconds, "s")
                .Add("efficiency_outside_pauses", floor / (throttled.Wall - throttled.Paused).TotalSeconds, "ratio")
                .Add("duplicates", throttled.Duplicates, "cards")
                .Add("lost", throttled.Lost, "people")
                .Add("over_limit_requests", throttled.OverLimitRequests, "requests");
            result.Parameters["throttled_run"] = throttled.Describe();
        }

        if (runs.Contains("clean"))
        {
            var clean = await new FanoutRun(context.RepositoryRoot, connection, People, new FanoutRun.Limits(TeamsRequestsPerSecond, 0, RetryAfterSeconds))
                .RunAsync(cancellationToken);
            result
                .Add("clean_wall_s", clean.Wall.TotalSeconds, "s")
                .Add("clean_efficiency", floor / clean.Wall.TotalSeconds, "ratio")
                .Add("clean_duplicates", clean.Duplicates, "cards")
                .Add("clean_lost", clean.Lost, "people")
                .Add("clean_over_limit_requests", clean.OverLimitRequests, "requests");
            result.Parameters["clean_run"] = clean.Describe();
        }

        if (runs.Contains("lifted"))
        {
            var lifted = await new FanoutRun(context.RepositoryRoot, connection, People, null).RunAsync(cancellationToken);
            result
                .Add("engine_msgs_per_s", People / lifted.Wall.TotalSeconds, "msgs/s")
                .Add("engine_duplicates", lifted.Duplicates, "cards")
                .Add("engine_lost", lifted.Lost, "people");
            result.Parameters["lifted_run"] = lifted.Describe();
        }

        return result;
    }
}
