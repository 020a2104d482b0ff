namespace CompetencyTeams.Benchmarks;

/// <summary>A program that measures one thing and returns its figures; the runner writes them to artifacts/bench/{Name}.json.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}

public sealed record Metric(double Value, string Unit);

public sealed class BenchmarkResult
{
    public Dictionary<string, Metric> Metrics { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object> Parameters { get; } = new(StringComparer.Ordinal);

    public BenchmarkResult Add(string name, double value, string unit)
    {
        Metrics[name] = new Metric(Math.Round(value, 3), unit);
        return this;
    }
}

/// <summary>What a benchmark may use: the repository root and a way to reach storage.</summary>
public sealed record BenchmarkContext(string RepositoryRoot, string? StorageConnectionString);
