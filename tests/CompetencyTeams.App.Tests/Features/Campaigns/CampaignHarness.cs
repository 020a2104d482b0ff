using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Infrastructure;
using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Campaigns;

/// <summary>
/// One App instance's campaign and delivery services on Azurite (a storage prefix shared by the instances of one test),
/// with a fake clock and no background service running: tests drive the scheduler's ticks and the workers themselves.
/// </summary>
public sealed class CampaignHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CampaignHarness(ServiceProvider services, TimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public TimeProvider Time { get; }

    /// <summary>The fake clock of scheduler tests (delivery tests run on real time: the pacing waits for real).</summary>
    public FakeTimeProvider Clock => (FakeTimeProvider)Time;

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static async Task<CampaignHarness> StartAsync(string connectionString, string prefix, TimeProvider clock, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Prefix"] = prefix,
            ["Storage:MaxRetries"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddInfrastructure();
        services.AddQuestionnaire();
        services.AddCampaigns();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return new CampaignHarness(provider, clock);
    }

    /// <summary>Takes every delivery message off the queue (deleting them) and returns their work.</summary>
    public async Task<IReadOnlyList<DeliveryWork>> DrainAsync()
    {
        var queue = Get<DeliveryEnqueuer>().Queue;
        var all = new List<DeliveryWork>();
        while (true)
        {
            var batch = await queue.ReceiveAsync(32, TimeSpan.FromSeconds(30));
            if (batch.Count == 0)
            {
                return all;
            }

            foreach (var message in batch)
            {
                all.Add(message.PayloadAs<DeliveryWork>());
                await queue.DeleteAsync(message);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
