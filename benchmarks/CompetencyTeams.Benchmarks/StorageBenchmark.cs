using System.Diagnostics;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Infrastructure;
using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Benchmarks;

/// <summary>
/// Assessment writes and one team's dashboard read through the real repository (AddInfrastructure) against Azurite:
/// 5 teams × 200 people saved by concurrent writers, then one 200-person team read again and again.
/// </summary>
public sealed class StorageBenchmark : IBenchmark
{
    private const int Teams = 5;
    private const int TeamSize = 200;
    private const int Writers = 8;
    private const int TeamReads = 100;
    private const string Campaign = "bench-campaign";

    public string Name => "storage";

    public string Description => $"{Teams * TeamSize} assessments created then updated ({Writers} writers) and {TeamReads} reads of a {TeamSize}-person team, through the repository";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var connection = context.StorageConnectionString
            ?? throw new InvalidOperationException("CT_BENCH_STORAGE_CONNECTION is not set; run through ./bench.sh.");
        await using var services = await StartAsync(connection, cancellationToken);
        var repository = services.GetRequiredService<IAssessmentRepository>();

        // A save as the bot makes it: the first one creates the record, later ones replace it at the version read.
        var assessments = Enumerable.Range(0, Teams * TeamSize).Select(Assessment).ToList();
        var versions = new string[assessments.Count];
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, assessments.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Writers, CancellationToken = cancellationToken },
            async (i, ct) => versions[i] = await repository.SaveAsync(assessments[i], null, ct));
        await Parallel.ForEachAsync(
            Enumerable.Range(0, assessments.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Writers, CancellationToken = cancellationToken },
            async (i, ct) => await repository.SaveAsync(assessments[i] with { LastBlockVisited = "2.1" }, versions[i], ct));
        var upsertsPerSecond = 2 * assessments.Count / watch.Elapsed.TotalSeconds;

        var readMs = new List<double>(TeamReads);
        for (var i = 0; i < TeamReads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var count = await ReadTeamAsync(repository, "team-0", cancellationToken);
            readMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (count != TeamSize)
            {
                throw new InvalidOperationException($"Read {count} assessments of team-0; expected {TeamSize}.");
            }
        }

        readMs.Sort();
        var result = new BenchmarkResult()
            .Add("upserts_per_s", upsertsPerSecond, "ops/s")
            .Add("team_read_p50_ms", Percentile(readMs, 0.50), "ms")
            .Add("team_read_p95_ms", Percentile(readMs, 0.95), "ms");
        result.Parameters["saves"] = 2 * assessments.Count;
        result.Parameters["writers"] = Writers;
        result.Parameters["teamSize"] = TeamSize;
        result.Parameters["teamReads"] = TeamReads;
        result.Parameters["save"] = "create: one 2-row transaction; update: point read + one 2-row transaction (record + team copy)";
        return result;
    }

    private static async Task<ServiceProvider> StartAsync(string connection, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connection,
            ["Storage:Prefix"] = "bench" + Guid.NewGuid().ToString("N")[..8],
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddInfrastructure();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
        return provider;
    }

    private static async Task<int> ReadTeamAsync(IAssessmentRepository repository, string teamId, CancellationToken cancellationToken)
    {
        var count = 0;
        string? token = null;
        do
        {
            var page = await repository.ListForTeamAsync(Campaign, teamId, token, cancellationToken);
            count += page.Items.Count;
            token = page.ContinuationToken;
        }
        while (token is not null);
        return count;
    }

    private static Assessment Assessment(int i)
    {
        var answers = Enumerable.Range(1, 40).ToDictionary(c => $"{1 + (c / 10)}.{c % 10}.1", c => new LevelAnswer(AnswerKind.Level, 1 + ((i + c) % 4)));
        return new Assessment(Campaign, $"person-{i:D5}", new FrameworkRef("anap-afr", 1), AssessmentStatus.Submitted)
        {
            TeamId = $"team-{i % Teams}",
            ProfileId = "accueil",
            SelfAnswers = answers,
            BlockComments = new Dictionary<string, string> { ["1.1"] = "Commentaire de bloc pour le banc d'essai." },
        };
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
