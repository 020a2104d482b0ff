extern alias app;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Benchmarks.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Benchmarks;

/// <summary>
/// Agents answering the 9-block questionnaire through POST /api/messages with signed channel tokens, against Azurite:
/// 200 readers (start, 9 blocks, submit = 11 clicks each) who open it at moments spread over the first 2 s and read each
/// card 1 s ± 100 ms before the next click (invoke latency percentiles); then no pause at rising concurrency (the
/// sustained invokes per second before p99 passes 1 s). The App runs in-process (TestServer, its production
/// configuration and storage clients): no socket in the figure. The host's load average is recorded with the figures.
/// </summary>
public sealed class IngestionBenchmark : IBenchmark
{
    private const int Agents = 200;
    private const string CampaignId = "bench-ingestion";
    private static readonly ReaderPacing Readers = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
    private static readonly int[] ConcurrencySteps = [4, 8, 16, 32, 64, 128];
    private static readonly TimeSpan StepDuration = TimeSpan.FromSeconds(8);

    public string Name => "ingestion";

    public string Description =>
        $"{Agents} agents × (start, 9 blocks, submit) through /api/messages: starts spread over {Readers.StartSpread.TotalSeconds:0} s, " +
        $"{Readers.Pause.TotalMilliseconds:0} ± {Readers.Jitter.TotalMilliseconds:0} ms reading pause per card; then unpaced invokes/s until p99 > 1 s";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var connection = context.StorageConnectionString ?? throw new InvalidOperationException("CT_BENCH_STORAGE_CONNECTION is not set; run through ./bench.sh.");
        await using var devChannel = await BenchDevChannel.StartAsync();

        // WebApplicationFactory finds the App's content root from this variable outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPETENCYTEAMS_APP", Path.Combine(context.RepositoryRoot, "src", "CompetencyTeams.App"));
        await using var factory = new WebApplicationFactory<app::Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Benchmark");
            host.UseSetting("Storage:ConnectionString", connection);
            host.UseSetting("Storage:Prefix", "bench" + Guid.NewGuid().ToString("N")[..8]);
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in devChannel.BotSettings())
            {
                host.UseSetting(key, value);
            }
        });
        using var client = factory.CreateClient();
        var agents = await SeedAsync(factory.Services, cancellationToken);
        var blocks = ShippedFrameworks.AnapAfr.Blocks.ToList();

        // Warm-up (JIT, the issuer's keys fetched once, table clients): not part of what a reader waits for in steady state.
        foreach (var agent in agents.Take(20))
        {
            await InvokeAsync(client, devChannel, agent, "refresh", new JsonObject { ["ct"] = "questionnaire", ["campaignId"] = CampaignId, ["view"] = "invitation" }, cancellationToken);
        }

        var loadBefore = LoadAverage();
        var paced = new ConcurrentBag<double>();
        var pacedWatch = Stopwatch.StartNew();
        await Task.WhenAll(agents.Select(agent => AnswerAllAsync(client, devChannel, agent, blocks, paced, cancellationToken)));
        var pacedSeconds = pacedWatch.Elapsed.TotalSeconds;
        var loadAfterPaced = LoadAverage();
        var latencies = paced.Order().ToArray();

        var result = new BenchmarkResult()
            .Add("p50_ms", Percentile(latencies, 0.50), "ms")
            .Add("p95_ms", Percentile(latencies, 0.95), "ms")
            .Add("p99_ms", Percentile(latencies, 0.99), "ms");
        var (sustained, steps) = await SaturateAsync(client, devChannel, agents, blocks, cancellationToken);
        result.Add("invokes_per_s", sustained, "invokes/s");
        result.Parameters["agents"] = Agents;
        result.Parameters["invokes_paced"] = latencies.Length;
        foreach (var (key, value) in Readers.Describe())
        {
            result.Parameters[key] = value;
        }

        result.Parameters["paced_invokes_per_s"] = Math.Round(latencies.Length / pacedSeconds, 1);
        result.Parameters["hosting"] = "in-process TestServer (WebApplicationFactory), environment Benchmark";
        result.Parameters["load_average_before"] = loadBefore;
        result.Parameters["load_average_after_paced"] = loadAfterPaced;
        result.Parameters["load_average_after"] = LoadAverage();
        result.Parameters["unpaced_steps"] = steps;
        return result;
    }

    private static async Task<(double Sustained, List<object> Steps)> SaturateAsync(HttpClient client, BenchDevChannel devChannel, IReadOnlyList<string> agents, List<ActivityBlock> blocks, CancellationToken cancellationToken)
    {
        var best = 0.0;
        var steps = new List<object>();
        foreach (var concurrency in ConcurrencySteps)
        {
            var samples = new ConcurrentBag<double>();
            var until = Stopwatch.GetTimestamp() + (long)(StepDuration.TotalSeconds * Stopwatch.Frequency);
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
            {
                // Each worker has its own agents: one person does not click on two devices at once.
                var mine = agents.Where((_, k) => k % concurrency == worker).ToList();
                for (var i = 0; Stopwatch.GetTimestamp() < until; i++)
                {
                    var agent = mine[i % mine.Count];
                    var block = blocks[i % blocks.Count];
                    samples.Add(await InvokeAsync(client, devChannel, agent, "next", BlockData(block), cancellationToken));
                }
            }));
            var sorted = samples.Order().ToArray();
            var rate = sorted.Length / watch.Elapsed.TotalSeconds;
            var p99 = Percentile(sorted, 0.99);
            steps.Add(new { concurrency, invokes_per_s = Math.Round(rate, 1), p99_ms = Math.Round(p99, 1) });
            Console.WriteLine($"   concurrency {concurrency}: {rate:0.0} invokes/s, p99 {p99:0} ms");
            if (p99 > 1000)
            {
                break;
            }

            best = Math.Max(best, rate);
        }

        return (best, steps);
    }

    private static async Task AnswerAllAsync(HttpClient client, BenchDevChannel devChannel, string agent, List<ActivityBlock> blocks, ConcurrentBag<double> samples, CancellationToken cancellationToken)
    {
        await Task.Delay(Readers.NextStart(Random.Shared), cancellationToken);
        samples.Add(await InvokeAsync(client, devChannel, agent, "start", new JsonObject { ["ct"] = "questionnaire", ["campaignId"] = CampaignId }, cancellationToken));
        foreach (var block in blocks)
        {
            await Task.Delay(Readers.NextPause(Random.Shared), cancellationToken);
            samples.Add(await InvokeAsync(client, devChannel, agent, "next", BlockData(block), cancellationToken));
        }

        await Task.Delay(Readers.NextPause(Random.Shared), cancellationToken);
        samples.Add(await InvokeAsync(client, devChannel, agent, "submit", new JsonObject { ["ct"] = "questionnaire", ["campaignId"] = CampaignId }, cancellationToken));
    }

    private static async Task<double> InvokeAsync(HttpClient client, BenchDevChannel devChannel, string agent, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var body = BenchDevChannel.Invoke(devChannel.ServiceUrl, agent, verb, data).ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", devChannel.Token());
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode || !text.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal) || text.Contains("Action impossible", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Invoke {verb} failed ({(int)response.StatusCode}): {text[..Math.Min(300, text.Length)]}");
        }

        return elapsed;
    }

    private static JsonObject BlockData(ActivityBlock block)
    {
        var data = new JsonObject { ["ct"] = "questionnaire", ["campaignId"] = CampaignId, ["block"] = block.Code, ["comment"] = "Bench " + block.Code };
        foreach (var (competency, i) in block.Competencies.Select((c, i) => (c, i)))
        {
            data["answer:" + competency.Code] = ((i % 4) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return data;
    }

    private static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var framework = ShippedFrameworks.AnapAfr;
        await services.GetRequiredService<IFrameworkRepository>().AddVersionAsync(framework, cancellationToken);
        var now = TimeProvider.System.GetUtcNow();
        var clock = new FixedClock(now.AddDays(-2));
        var campaign = Campaign.CreateDraft(CampaignId, new LocalizedText("Bench", "Bench"), framework.Ref, AudienceSpec.All, now.AddDays(-1), now.AddDays(30), ReminderPlan.None("Europe/Paris"), "bench", clock, true, false).Schedule(clock);
        clock.Now = now.AddDays(-1);
        await services.GetRequiredService<ICampaignRepository>().SaveAsync(campaign.Launch(Agents, clock), null, cancellationToken);
        var agents = Enumerable.Range(0, Agents).Select(i => $"00000000-0000-4000-8000-{i:D12}").ToList();
        var people = services.GetRequiredService<IPersonRepository>();
        await Parallel.ForEachAsync(agents, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (id, ct) =>
            await people.SaveAsync(new Person(id, "Agent " + id[^4..], id + "@bench.test", "team-bench", null, null, 1, TimeShares.Empty, "fr-FR"), null, ct));
        await services.GetRequiredService<IAssignmentRepository>().AddMissingAsync(CampaignId, [.. agents.Select(a => Assignment.Create(CampaignId, a, "team-bench", null, null))], cancellationToken);
        return agents;
    }

    /// <summary>The 1-, 5- and 15-minute load averages (other work on this shared machine shows up here), or "n/a".</summary>
    private static string LoadAverage()
    {
        const string Source = "/proc/loadavg";
        return File.Exists(Source) ? string.Join(' ', File.ReadAllText(Source).Split(' ').Take(3)) : "n/a";
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
