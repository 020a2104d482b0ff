using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

/// <summary>Repositories resolved from the real AddInfrastructure() composition, on fresh prefixed tables in Azurite.</summary>
public abstract class RepositoryTestBase<TRepository>(AzuriteFixture azurite) : IAsyncLifetime
    where TRepository : notnull
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private ServiceProvider _services = null!;

    protected TRepository Repository => _services.GetRequiredService<TRepository>();

    protected IServiceProvider Services => _services;

    public async Task InitializeAsync() => _services = await TestStorage.StartAsync(azurite.ConnectionString, azurite.NewPrefix());

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
