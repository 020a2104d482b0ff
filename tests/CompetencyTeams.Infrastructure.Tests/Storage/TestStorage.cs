using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Infrastructure.Tests.Storage;

/// <summary>The real composition (AddInfrastructure) against a given storage, with the tables created by the real initializer.</summary>
internal static class TestStorage
{
    public static async Task<ServiceProvider> StartAsync(
        string connectionString,
        string prefix,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Prefix"] = prefix,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging();
        services.AddInfrastructure();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return provider;
    }
}
