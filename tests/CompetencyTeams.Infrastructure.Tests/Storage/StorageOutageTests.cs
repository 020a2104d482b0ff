using Azure.Data.Tables;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Queues;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.Infrastructure.Tests.Storage;

/// <summary>Storage taken away mid-operation: callers get an error, never a false success, and the same call works once it is back.</summary>
public sealed class StorageOutageTests
{
    private static readonly Dictionary<string, string?> FastFailure = new()
    {
        ["Storage:MaxRetries"] = "1",
        ["Storage:NetworkTimeout"] = "00:00:03",
    };

    [Fact]
    public async Task Writes_AzuriteStoppedMidway_FailedOnesRaiseAndEveryReportedSaveIsStored()
    {
        await using var azurite = await AzuriteInstance.StartAsync(persistent: true);
        await using var services = await TestStorage.StartAsync(azurite.ConnectionString, "outage", FastFailure);
        var table = services.GetRequiredService<StorageTables>().Get(StorageNames.Assessments);
        var reportedSaved = new List<string>();
        var failed = new List<string>();
        Task? stopping = null;

        for (var i = 0; i < 40; i++)
        {
            var key = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            if (i == 10)
            {
                stopping = azurite.StopAsync();
            }

            try
            {
                await table.UpsertAsync(new TableEntity("campaign", key) { ["Level"] = i });
                reportedSaved.Add(key);
            }
            catch (StorageUnavailableException)
            {
                failed.Add(key);
            }
        }

        await stopping!;
        await azurite.StartAgainAsync();
        foreach (var key in failed)
        {
            await table.UpsertAsync(new TableEntity("campaign", key) { ["Level"] = 99 });
        }

        Assert.NotEmpty(failed);
        foreach (var key in reportedSaved)
        {
            Assert.NotNull(await table.GetAsync("campaign", key));
        }

        Assert.Equal(40, (await table.QueryBoundedAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"campaign"}"), 100)).Count);
    }

    [Fact]
    public async Task ConditionalWriteAndEnqueue_WhileStopped_ThrowUnavailableThenSucceedAfterRestart()
    {
        await using var azurite = await AzuriteInstance.StartAsync(persistent: true);
        await using var services = await TestStorage.StartAsync(azurite.ConnectionString, "outage", FastFailure);
        var table = services.GetRequiredService<StorageTables>().Get(StorageNames.Campaigns);
        var queue = services.GetRequiredService<WorkQueues>().Get(StorageNames.DeliveryQueue);
        var version = await table.AddAsync(new TableEntity("tenant", "c1") { ["Status"] = "Draft" });

        await azurite.StopAsync();
        var write = await Record.ExceptionAsync(() => table.ReplaceAsync(new TableEntity("tenant", "c1") { ["Status"] = "Open" }, version));
        var enqueue = await Record.ExceptionAsync(() => queue.EnqueueAsync("invite", new { Person = "p1" }));
        await azurite.StartAgainAsync();
        await table.ReplaceAsync(new TableEntity("tenant", "c1") { ["Status"] = "Open" }, version);
        await queue.EnqueueAsync("invite", new { Person = "p1" });

        Assert.IsType<StorageUnavailableException>(write);
        Assert.IsType<StorageUnavailableException>(enqueue);
        Assert.Equal("Open", (await table.GetAsync("tenant", "c1"))!.Value.GetString("Status"));
        Assert.Single(await queue.ReceiveAsync(32, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Initializer_StorageDownAtStart_HostStartsAndTablesAppearOnceStorageIsBack()
    {
        await using var azurite = await AzuriteInstance.StartAsync(persistent: true);
        await azurite.StopAsync();
        var fakeTime = new FakeTimeProvider();
        await using var provider = await BuildUninitializedAsync(azurite.ConnectionString, fakeTime);
        var initializer = provider.GetRequiredService<StorageInitializer>();

        await initializer.StartAsync(CancellationToken.None);
        var readyWhileDown = initializer.Ready.IsCompleted;
        await azurite.StartAgainAsync();
        fakeTime.Advance(TimeSpan.FromSeconds(3));
        await initializer.Ready.WaitAsync(TimeSpan.FromSeconds(30));
        await initializer.StopAsync(CancellationToken.None);

        Assert.False(readyWhileDown);
        var tables = new TableServiceClient(azurite.ConnectionString).QueryAsync(t => t.Name == "lateAuditLog");
        Assert.Single(await tables.ToListAsync());
    }

    private static Task<ServiceProvider> BuildUninitializedAsync(string connection, TimeProvider time)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(FastFailure)
        {
            ["Storage:ConnectionString"] = connection,
            ["Storage:Prefix"] = "late",
            ["Storage:MaxRetries"] = "0",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(config).AddLogging();
        services.AddInfrastructure();
        services.AddSingleton<TimeProvider>(time);
        return Task.FromResult(services.BuildServiceProvider());
    }
}
