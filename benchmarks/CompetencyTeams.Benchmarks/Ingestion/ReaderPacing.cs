namespace CompetencyTeams.Benchmarks.Ingestion;

/// <summary>
/// When a simulated reader clicks: readers open the questionnaire at different moments (start uniformly spread over
/// <see cref="StartSpread"/>), then read each card for <see cref="Pause"/> ± <see cref="Jitter"/> (uniform, so the
/// mean pause is exactly <see cref="Pause"/>) before the next click. The pause starts once the previous card arrived.
/// </summary>
public sealed record ReaderPacing(TimeSpan StartSpread, TimeSpan Pause, TimeSpan Jitter)
{
    public TimeSpan NextStart(Random random) => TimeSpan.FromMilliseconds(random.NextDouble() * StartSpread.TotalMilliseconds);

    public TimeSpan NextPause(Random random) => Pause + TimeSpan.FromMilliseconds(((random.NextDouble() * 2) - 1) * Jitter.TotalMilliseconds);

    public Dictionary<string, object> Describe() => new()
    {
        ["start_spread_ms"] = StartSpread.TotalMilliseconds,
        ["pause_ms"] = Pause.TotalMilliseconds,
        ["pause_jitter_ms"] = Jitter.TotalMilliseconds,
    };
}
