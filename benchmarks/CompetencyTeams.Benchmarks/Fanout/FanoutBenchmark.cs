namespace CompetencyTeams.Benchmarks.Fanout;

/// <summary>
/// A campaign launched to 3,000 people through the App's own scheduler steps, queue and workers, against the DevChannel's
/// Bot Connector stand-in. Run 1 holds Teams' limits (50 requests/s for the app, the per-conversation windows) with 2 %
/// injected 429s carrying Retry-After: how close the wall time gets to the floor people ÷ 50, and that nobody gets two
/// cards, nobody is lost, no request breaks a limit. Run 2 lifts the limit: the engine's own ceiling against Azurite.
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
        $"{ThrottleRate:P0} injected 429 (Retry-After {RetryAfterSeconds} s); then the same with the limit lifted (engine ceiling on Azurite)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var connection = context.StorageConnectionString ?? throw new InvalidOperationException("CT_BENCH_STORAGE_CONNECTION is not set; run through ./bench.sh.");
        var limited = await new FanoutRun(context.RepositoryRoot, connection, People, new FanoutRun.Limits(TeamsRequestsPerSecond, ThrottleRate, RetryAfterSeconds))
            .RunAsync(cancellationToken);
        var lifted = await new FanoutRun(context.RepositoryRoot, connection, People, null).RunAsync(cancellationToken);

        var floor = People / TeamsRequestsPerSecond;
        var result = new BenchmarkResult()
            .Add("wall_s", limited.Wall.TotalSeconds, "s")
            .Add("floor_s", floor, "s")
            .Add("efficiency", floor / limited.Wall.TotalSeconds, "ratio")
            .Add("duplicates", limited.Duplicates, "cards")
            .Add("lost", limited.Lost, "people")
            .Add("over_limit_requests", limited.OverLimitRequests, "requests")
            .Add("paused_s", limited.Paused.TotalSeconds, "s")
            .Add("efficiency_outside_pauses", floor / (limited.Wall - limited.Paused).TotalSeconds, "ratio")
            .Add("engine_msgs_per_s", People / lifted.Wall.TotalSeconds, "msgs/s")
            .Add("engine_duplicates", lifted.Duplicates, "cards")
            .Add("engine_lost", lifted.Lost, "people");
        result.Parameters["people"] = People;
        result.Parameters["teams_requests_per_s"] = TeamsRequestsPerSecond;
        result.Parameters["injected_429_rate"] = ThrottleRate;
        result.Parameters["retry_after_s"] = RetryAfterSeconds;
        result.Parameters["limited_run"] = limited.Describe();
        result.Parameters["lifted_run"] = lifted.Describe();
        result.Parameters["wall"] = "from the launch command to the last card the stand-in accepted";
        result.Parameters["paused_s"] = "time in gaps of more than 250 ms between accepted cards (the global pauses after 429s)";
        return result;
    }
}
