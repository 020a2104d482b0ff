extern alias app;

using System.Diagnostics;
using System.Net.Http.Headers;
using CompetencyTeams.Benchmarks.Dashboard;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CompetencyTeams.Benchmarks;

/// <summary>
/// The tab's read API against Azurite, with real tab tokens: a manager's dashboard of a 200-person team and HR's
/// organisation map, for one campaign of 10,000 people × the shipped framework (50 teams). Requests come from the 50
/// managers in turn, then from HR. The first request of a campaign reads and analyses it (reported as *_cold_ms); the
/// dashboards then share that analysis for Tab:DashboardCacheSeconds, which the percentiles include as users see it.
/// </summary>
public sealed class DashboardBenchmark : IBenchmark
{
    private const int People = 10_000;
    private const int Teams = 50;
    private const int TeamRequests = 200;
    private const int OrganisationRequests = 40;
    private const string CampaignId = "bench-dashboard";

    public string Name => "dashboard";

    public string Description => $"GET team dashboard (200-person teams) ×{TeamRequests} and organisation map ×{OrganisationRequests}, {People:N0} people × the shipped framework in Azurite";

    public async Task<BenchmarkResult> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var connection = context.StorageConnectionString ?? throw new InvalidOperationException("CT_BENCH_STORAGE_CONNECTION is not set; run through ./bench.sh.");
        await using var issuer = await TabIssuer.StartAsync(context.RepositoryRoot);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPETENCYTEAMS_APP", Path.Combine(context.RepositoryRoot, "src", "CompetencyTeams.App"));
        await using var factory = new WebApplicationFactory<app::Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Benchmark");
            host.UseSetting("Storage:ConnectionString", connection);
            host.UseSetting("Storage:Prefix", "dash" + Guid.NewGuid().ToString("N")[..8]);
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            host.UseSetting("Delivery:RunWorkers", "false");
            host.UseSetting("Campaigns:RunScheduler", "false");
            foreach (var (key, value) in issuer.AppSettings())
            {
                host.UseSetting(key, value);
            }
        });
        using var client = factory.CreateClient();
        var seeding = Stopwatch.StartNew();
        await DashboardOrganisation.SeedAsync(factory.Services, CampaignId, People, Teams, cancellationToken);
        Console.WriteLine($"   seeded {People:N0} people in {seeding.Elapsed.TotalSeconds:0} s");

        var hr = issuer.Token("hr-bench", "HR.Admin");
        var managers = Enumerable.Range(0, Teams).Select(t => issuer.Token("manager-" + t)).ToArray();
        var teamCold = await GetAsync(client, managers[0], $"/api/tab/campaigns/{CampaignId}/teams/team-0/dashboard", cancellationToken);
        var team = new List<double>();
        for (var i = 0; i < TeamRequests; i++)
        {
            team.Add(await GetAsync(client, managers[i % Teams], $"/api/tab/campaigns/{CampaignId}/teams/team-{i % Teams}/dashboard", cancellationToken));
        }

        var organisation = new List<double>();
        for (var i = 0; i < OrganisationRequests; i++)
        {
            organisation.Add(await GetAsync(client, hr, $"/api/tab/campaigns/{CampaignId}/organisation", cancellationToken));
        }

        team.Sort();
        organisation.Sort();
        using var process = Process.GetCurrentProcess();
        var result = new BenchmarkResult()
            .Add("team_p50_ms", Percentile(team, 0.50), "ms")
            .Add("team_p95_ms", Percentile(team, 0.95), "ms")
            .Add("org_p50_ms", Percentile(organisation, 0.50), "ms")
            .Add("org_p95_ms", Percentile(organisation, 0.95), "ms")
            .Add("team_cold_ms", teamCold, "ms")
            .Add("peak_mb", process.PeakWorkingSet64 / 1024d / 1024d, "MB");
        result.Parameters["people"] = People;
        result.Parameters["teams"] = Teams;
        result.Parameters["team_size"] = People / Teams;
        result.Parameters["team_requests"] = TeamRequests;
        result.Parameters["organisation_requests"] = OrganisationRequests;
        result.Parameters["hosting"] = "in-process TestServer (WebApplicationFactory), environment Benchmark; peak_mb includes seeding";
        result.Parameters["load_average"] = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        return result;
    }

    private static async Task<double> GetAsync(HttpClient client, string token, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        }

        return elapsed;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
