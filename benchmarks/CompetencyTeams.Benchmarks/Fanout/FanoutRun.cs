extern alias app;
extern alias devchannel;

using System.Diagnostics;
using app::CompetencyTeams.App.Features.Campaigns;
using app::CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.Benchmarks.Ingestion;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using devchannel::CompetencyTeams.DevChannel.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Benchmarks.Fanout;

/// <summary>
/// One launch: a fresh storage prefix and DevChannel, the App host in-process (its production composition: scheduler,
/// coordinator, queue workers), people seeded with their 1:1 chats, then LaunchNow and a stopwatch until every person's
/// chat holds the invitation. <paramref name="limits"/> null lifts Teams' limits (engine ceiling).
/// </summary>
public sealed class FanoutRun(string repositoryRoot, string connection, int people, FanoutRun.Limits? limits)
{
    private const string CampaignId = "bench-fanout";
    private const string Team = "team-fanout";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    public sealed record Limits(double RequestsPerSecond, double ThrottleRate, int RetryAfterSeconds);

    public async Task<FanoutOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var connector = new Dictionary<string, string?>
        {
            ["DevChannel:Connector:EnforceRateLimits"] = (limits is not null).ToString(),
            ["DevChannel:Connector:GlobalRequestsPerSecond"] = ((int)(limits?.RequestsPerSecond ?? 10_000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        await using var devChannel = await BenchDevChannel.StartAsync(connector);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPETENCYTEAMS_APP", Path.Combine(repositoryRoot, "src", "CompetencyTeams.App"));
        await using var factory = new WebApplicationFactory<app::Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Benchmark");
            host.UseSetting("Storage:ConnectionString", connection);
            host.UseSetting("Storage:Prefix", "fan" + Guid.NewGuid().ToString("N")[..8]);
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            if (limits is null)
            {
                host.UseSetting("Delivery:GlobalRequestsPerSecond", "10000");

                // At the Teams budget a few sends in flight suffice; the engine's own ceiling needs more messages at once.
                host.UseSetting("Delivery:MaxConcurrentMessages", "64");
            }

            foreach (var (key, value) in devChannel.BotSettings())
            {
                host.UseSetting(key, value);
            }
        });
        var services = factory.Services;
        var conversations = await SeedAsync(services, devChannel, cancellationToken);
        await WaitForGateAsync(services.GetRequiredService<ConnectorRateGate>(), cancellationToken);
        var stand = devChannel.Services;
        stand.GetRequiredService<ConnectorStats>().Reset();
        stand.GetRequiredService<TeamsRateLimiter>().Reset();
        if (limits is { ThrottleRate: > 0 })
        {
            stand.GetRequiredService<FaultInjector>().Apply(new FaultPlan { ThrottleRate = limits.ThrottleRate, RetryAfterSeconds = limits.RetryAfterSeconds, Seed = 20261205 });
        }

        var started = TimeProvider.System.GetUtcNow();
        var watch = Stopwatch.StartNew();
        if (!await services.GetRequiredService<CampaignCommands>().LaunchNowAsync(CampaignId, cancellationToken))
        {
            throw new InvalidOperationException("The launch step was not claimed.");
        }

        var store = stand.GetRequiredService<ConversationStore>();
        while (conversations.Values.Any(id => store.Find(id)?.Activities.Count is null or 0) && watch.Elapsed < Timeout)
        {
            await Task.Delay(100, cancellationToken);
        }

        var settled = await WaitSettledAsync(services.GetRequiredService<CampaignRecipients>(), cancellationToken);
        stand.GetRequiredService<FaultInjector>().Apply(FaultPlan.None);
        return Measure(stand, conversations, started, settled);
    }

    private FanoutOutcome Measure(IServiceProvider stand, IReadOnlyDictionary<string, string> conversations, DateTimeOffset started, IReadOnlyDictionary<DeliveryState, int> settled)
    {
        var store = stand.GetRequiredService<ConversationStore>();
        var cards = conversations.Values.Select(id => store.Find(id)?.Activities ?? []).ToList();
        var firsts = cards.Where(c => c.Count > 0).Select(c => c[0].PostedAt).Order().ToList();
        var last = cards.SelectMany(c => c).Select(a => a.PostedAt).DefaultIfEmpty(started).Max();
        var paused = TimeSpan.Zero;
        var spacing = TimeSpan.FromSeconds(1 / (limits?.RequestsPerSecond ?? 10_000));
        for (var i = 1; i < firsts.Count; i++)
        {
            var gap = firsts[i] - firsts[i - 1];
            paused += gap > TimeSpan.FromMilliseconds(250) ? gap - spacing : TimeSpan.Zero;
        }

        var stats = stand.GetRequiredService<ConnectorStats>();
        return new FanoutOutcome(
            last - started,
            paused,
            cards.Sum(c => Math.Max(0, c.Count - 1)),
            cards.Count(c => c.Count == 0),
            stand.GetRequiredService<TeamsRateLimiter>().OverLimitRequests,
            firsts.Count > 0 ? firsts[0] - started : TimeSpan.Zero,
            stats.Requests,
            stats.ByStatus,
            settled,
            people);
    }

    private async Task<IReadOnlyDictionary<string, string>> SeedAsync(IServiceProvider services, BenchDevChannel devChannel, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IFrameworkRepository>().AddVersionAsync(ShippedFrameworks.AnapAfr, cancellationToken);
        var store = devChannel.Services.GetRequiredService<ConversationStore>();
        var ids = Enumerable.Range(0, people).Select(i => $"00000000-0000-4000-9000-{i:D12}").ToList();
        var conversations = ids.ToDictionary(id => id, id => store.GetOrCreatePersonal(BenchDevChannel.Tenant, BenchDevChannel.BotId, "29:" + id).Id, StringComparer.Ordinal);
        var repository = services.GetRequiredService<IPersonRepository>();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (id, ct) =>
            await repository.SaveAsync(
                new Person(id, "Agent " + id[^4..], id + "@bench.test", Team, null, null, 1, TimeShares.Empty, "fr-FR")
                {
                    ChatAddress = new ChatAddress(devChannel.ServiceUrl, conversations[id], BenchDevChannel.Tenant, "29:" + id),
                },
                null,
                ct));

        var now = TimeProvider.System.GetUtcNow();
        var draft = Campaign.CreateDraft(CampaignId, new LocalizedText("Campagne fanout", "Fanout campaign"), ShippedFrameworks.AnapAfr.Ref, AudienceSpec.Of(teamIds: [Team]), now.AddDays(1), now.AddDays(20), ReminderPlan.None("Europe/Paris"), "bench", TimeProvider.System);
        var commands = services.GetRequiredService<CampaignCommands>();
        var created = await commands.CreateAsync(draft, cancellationToken);
        await commands.ScheduleAsync(CampaignId, created.Version, cancellationToken);
        return conversations;
    }

    private static async Task WaitForGateAsync(ConnectorRateGate gate, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (gate.RequestsPerSecond <= 0)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>Waits until no assignment is pending or sending (the engine recorded every send), then counts the states.</summary>
    private static async Task<IReadOnlyDictionary<DeliveryState, int>> WaitSettledAsync(CampaignRecipients recipients, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var states = (await recipients.AssignmentsAsync(CampaignId, cancellationToken)).GroupBy(a => a.State).ToDictionary(g => g.Key, g => g.Count());
            if (!states.ContainsKey(DeliveryState.Pending) && !states.ContainsKey(DeliveryState.Sending) || watch.Elapsed > TimeSpan.FromMinutes(1))
            {
                return states;
            }

            await Task.Delay(500, cancellationToken);
        }
    }
}

/// <summary>What one launch measured.</summary>
public sealed record FanoutOutcome(
    TimeSpan Wall,
    TimeSpan Paused,
    int Duplicates,
    int Lost,
    long OverLimitRequests,
    TimeSpan FirstCard,
    long Requests,
    IReadOnlyDictionary<int, long> ByStatus,
    IReadOnlyDictionary<DeliveryState, int> Settled,
    int People)
{
    public long Throttled => ByStatus.GetValueOrDefault(429);

    public Dictionary<string, object> Describe() => new()
    {
        ["people"] = People,
        ["wall_s"] = Math.Round(Wall.TotalSeconds, 2),
        ["first_card_s"] = Math.Round(FirstCard.TotalSeconds, 2),
        ["paused_s"] = Math.Round(Paused.TotalSeconds, 2),
        ["connector_requests"] = Requests,
        ["by_status"] = ByStatus.OrderBy(s => s.Key).ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value),
        ["assignments"] = Settled.ToDictionary(s => s.Key.ToString(), s => s.Value),
        ["duplicates"] = Duplicates,
        ["lost"] = Lost,
        ["over_limit_requests"] = OverLimitRequests,
    };
}
