using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace CompetencyTeams.Benchmarks;

public static class BenchmarkRunner
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Runs the named benchmarks (all when none is named) and writes artifacts/bench/{name}.json for each.</summary>
    public static async Task<int> RunAsync(string[] args, IReadOnlyList<IBenchmark> catalog)
    {
        var root = Environment.GetEnvironmentVariable("CT_REPO_ROOT") ?? Directory.GetCurrentDirectory();
        var storage = Environment.GetEnvironmentVariable("CT_BENCH_STORAGE_CONNECTION");
        var unknown = args.Where(a => catalog.All(b => b.Name != a)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Unknown benchmark(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", catalog.Select(b => b.Name))}");
            return 2;
        }

        var selected = args.Length == 0 ? catalog : catalog.Where(b => args.Contains(b.Name)).ToList();
        var outputFolder = Path.Combine(root, "artifacts", "bench");
        Directory.CreateDirectory(outputFolder);
        var context = new BenchmarkContext(root, storage);
        foreach (var benchmark in selected)
        {
            Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
            var watch = Stopwatch.StartNew();
            var result = await benchmark.RunAsync(context, CancellationToken.None);
            var document = new
            {
                name = benchmark.Name,
                metrics = result.Metrics.ToDictionary(m => m.Key, m => new { value = m.Value.Value, unit = m.Value.Unit }),
                parameters = result.Parameters,
                environment = DescribeEnvironment(watch.Elapsed),
            };
            var path = Path.Combine(outputFolder, benchmark.Name + ".json");
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Json));
            Console.WriteLine(JsonSerializer.Serialize(document.metrics, Json));
            Console.WriteLine($"-> {Path.GetRelativePath(root, path)}");
        }

        return 0;
    }

    private static Dictionary<string, object> DescribeEnvironment(TimeSpan elapsed) => new()
    {
        ["machine"] = System.Environment.MachineName,
        ["processors"] = System.Environment.ProcessorCount,
        ["os"] = RuntimeInformation.OSDescription,
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["memoryGb"] = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024d / 1024 / 1024, 1),
        ["benchmarkSeconds"] = Math.Round(elapsed.TotalSeconds, 1),
        ["utc"] = TimeProvider.System.GetUtcNow().ToString("O"),
    };
}
