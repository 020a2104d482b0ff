using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.App.Tests.Features.Summaries;
using CompetencyTeams.Infrastructure;
using CompetencyTeams.Infrastructure.SharePoint;
using CompetencyTeams.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// The App's summary services on the test's storage prefix with no background service running: it seeds the demo
/// organisation, provisions the lists, asks for publications and reads their state; the App process publishes.
/// </summary>
public sealed class PublicationHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PublicationHarness(ServiceProvider services) => _services = services;

    public SummaryPublicationService Publications => _services.GetRequiredService<SummaryPublicationService>();

    /// <summary>The settings that point the App's SharePoint publication at the Graph stand-in (quick polling and retries).</summary>
    public static Dictionary<string, string?> SharePointSettings(string graphAddress) => new()
    {
        ["Graph:BaseUrl"] = graphAddress.TrimEnd('/') + "/v1.0",
        ["Graph:Authentication"] = "LocalStandIn",
        ["Graph:MaxRetries"] = "0",
        ["SharePoint:SiteHostname"] = SummariesHost.Hostname,
        ["SharePoint:SitePath"] = SummariesHost.SitePath,
        ["SharePoint:RetryDelay"] = "00:00:00",
        ["SharePoint:MaxBatchAttempts"] = "3",
        ["Summaries:PollInterval"] = "00:00:00.100",
        ["Summaries:RetryBaseDelay"] = "00:00:01",
        ["Summaries:LeaseDuration"] = "00:00:30",
        ["DemoSeed:OrganisationPath"] = RepositoryPaths.InRepository("src", "CompetencyTeams.DevChannel", "Demo", "demo-organisation.json"),
    };

    public static async Task<PublicationHarness> SeedAndProvisionAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddInfrastructure();
        services.AddTeamSummaries(configuration);
        var provider = services.BuildServiceProvider();
        await AppCommands.RunSeedDemoAsync(provider, reset: false, CancellationToken.None);
        await provider.GetRequiredService<ISharePointListProvisioner>().ProvisionAsync(CancellationToken.None);
        return new PublicationHarness(provider);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
