using System.Diagnostics;
using Azure.Data.Tables;

namespace CompetencyTeams.Benchmarks;

/// <summary>Baseline: single-entity upserts against the storage ./bench.sh started, so later figures have a reference.</summary>
public sealed class StorageProbeBenchmark : IBenchmark
{
    private const int Writes = 500;

    public string Name => "storage-probe";

    public string Description => $"{Writes} single upserts to Azurite, one at a time (the raw storage floor)";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var connection = context.StorageConnectionString
            ?? throw new InvalidOperationException("CT_BENCH_STORAGE_CONNECTION is not set; run through ./bench.sh.");
        var table = new TableServiceClient(connection).GetTableClient("benchprobe" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Writes; i++)
        {
            await table.UpsertEntityAsync(new TableEntity("p", i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)) { ["Level"] = i % 4 }, cancellationToken: cancellationToken);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await table.DeleteAsync(cancellationToken);
        var result = new BenchmarkResult().Add("single_upserts_per_s", Writes / seconds, "ops/s");
        result.Parameters["writes"] = Writes;
        return result;
    }
}
