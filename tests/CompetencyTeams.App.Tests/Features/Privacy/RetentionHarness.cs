using CompetencyTeams.App.Features.Privacy;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Infrastructure;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>The privacy services of App instances on Azurite (one storage prefix per test), each with its own fake clock; nothing runs by itself.</summary>
public sealed class RetentionHarness : IAsyncDisposable
{
    private readonly List<ServiceProvider> _instances = [];
    private readonly string _connection;
    private readonly string _prefix;
    private readonly Dictionary<string, string?> _settings;

    private RetentionHarness(string connection, string prefix, Dictionary<string, string?> settings)
    {
        _connection = connection;
        _prefix = prefix;
        _settings = settings;
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _instances[0];

    public static async Task<RetentionHarness> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null)
    {
        var harness = new RetentionHarness(azurite.ConnectionString, azurite.NewPrefix(), new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()));
        var first = harness.AddInstance(harness.Clock);
        await first.GetRequiredService<StorageInitializer>().InitializeAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Another App instance on the same storage (its own worker owner id), with its own clock.</summary>
    public ServiceProvider AddInstance(TimeProvider clock)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _connection,
            ["Storage:Prefix"] = _prefix,
            ["Storage:MaxRetries"] = "1",
        };
        foreach (var (key, value) in _settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock);
        services.AddInfrastructure();
        services.AddQuestionnaire();
        services.AddTeamSummaries(configuration);
        services.AddPrivacy();
        var provider = services.BuildServiceProvider();
        _instances.Add(provider);
        return provider;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public PrivacyOptions Options => Get<IOptions<PrivacyOptions>>().Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }
}
