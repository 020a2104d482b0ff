using CompetencyTeams.Benchmarks.Fanout;

namespace CompetencyTeams.Benchmarks;

public static class BenchmarkCatalog
{
    /// <summary>Every benchmark, by name. Each issue adds its own here.</summary>
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new StorageProbeBenchmark(),
        new StorageBenchmark(),
        new GapAnalysisBenchmark(),
        new IngestionBenchmark(),
        new FanoutBenchmark(),
        new DashboardBenchmark(),
    ];
}
