using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Tables;

/// <summary>Each test class gets fresh, prefixed tables in the shared Azurite, created by the real initializer.</summary>
public abstract class TableTestBase(AzuriteFixture azurite) : IAsyncLifetime
{
    protected ServiceProvider Services { get; private set; } = null!;

    protected StorageTable Table => Services.GetRequiredService<StorageTables>().Get(StorageNames.AuditLog);

    public async Task InitializeAsync() => Services = await TestStorage.StartAsync(azurite.ConnectionString, azurite.NewPrefix());

    public async Task DisposeAsync() => await Services.DisposeAsync();
}
