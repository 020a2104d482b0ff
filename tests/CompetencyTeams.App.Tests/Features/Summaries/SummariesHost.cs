extern alias devchannel;

using System.Runtime.CompilerServices;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.Infrastructure;
using CompetencyTeams.Infrastructure.SharePoint;
using CompetencyTeams.TestSupport.Storage;
using devchannel::CompetencyTeams.DevChannel.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.App.Tests.Features.Summaries;

/// <summary>
/// The App's summary services in a real host (storage initializer and publication worker running) on Azurite with a
/// prefix of its own, publishing through the real GraphServiceClient to the DevChannel's Graph stand-in on Kestrel.
/// </summary>
public sealed class SummariesHost : IAsyncDisposable
{
    public const string Hostname = "contoso.sharepoint.com";
    public const string SitePath = "/sites/competences";

    private readonly WebApplication _graph;
    private readonly IHost _app;

    private SummariesHost(WebApplication graph, IHost app)
    {
        _graph = graph;
        _app = app;
    }

    public GraphStore Store => _graph.Services.GetRequiredService<GraphStore>();

    public GraphFaultInjector Faults => _graph.Services.GetRequiredService<GraphFaultInjector>();

    public GraphRequestLog Log => _graph.Services.GetRequiredService<GraphRequestLog>();

    public SummaryPublicationService Publications => Service<SummaryPublicationService>();

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<SummariesHost> StartAsync(AzuriteFixture azurite, bool withSharePoint = true)
    {
        var graph = await StartGraphAsync();
        var address = graph.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = azurite.NewPrefix(),
            ["Summaries:PollInterval"] = "00:00:00.100",
            ["Summaries:RetryBaseDelay"] = "00:00:01",
            ["Summaries:TabLinkTemplate"] = "https://app.example.com/tab/campaigns/{campaignId}/teams/{teamId}",
            ["DemoSeed:OrganisationPath"] = DemoOrganisationPath(),
        };
        if (withSharePoint)
        {
            settings["Graph:BaseUrl"] = address.TrimEnd('/') + "/v1.0";
            settings["Graph:Authentication"] = "LocalStandIn";
            settings["Graph:MaxRetries"] = "0";
            settings["SharePoint:SiteHostname"] = Hostname;
            settings["SharePoint:SitePath"] = SitePath;
            settings["SharePoint:RetryDelay"] = "00:00:00";
            settings["SharePoint:MaxBatchAttempts"] = "2";
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddInfrastructure();
        builder.Services.AddTeamSummaries(builder.Configuration);
        var app = builder.Build();
        await app.StartAsync();
        return new SummariesHost(graph, app);
    }

    /// <summary>Seeds the demo organisation (closed campaign with answers, summaries and plans) and provisions the lists.</summary>
    public async Task SeedAndProvisionAsync()
    {
        await AppCommands.RunSeedDemoAsync(_app.Services, reset: false, CancellationToken.None);
        await Service<ISharePointListProvisioner>().ProvisionAsync(CancellationToken.None);
    }

    public async Task<PublicationStatus> WaitForAsync(string campaignId, string teamId, Func<PublicationStatus, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var status = await Publications.GetPublicationStatusAsync(campaignId, teamId);
            if (status is not null && condition(status))
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Publication of {teamId} never reached the expected state; last: {status}");
            await Task.Delay(50);
        }
    }

    public IReadOnlyList<ItemEntry> Items(string listName)
    {
        lock (Store.Gate)
        {
            return [.. Store.Sites.Single(s => s.Path == SitePath).Lists.Single(l => l.DisplayName == listName).Items];
        }
    }

    public static string DemoOrganisationPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "..", "src", "CompetencyTeams.DevChannel", "Demo", "demo-organisation.json"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        _app.Dispose();
        await _graph.StopAsync();
        await _graph.DisposeAsync();
    }

    /// <summary>The DevChannel's Graph stand-in on a free port, with the summaries' site.</summary>
    internal static async Task<WebApplication> StartGraphAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DevChannel:Graph:DefaultSite"] = $"{Hostname}:{SitePath}" });
        builder.Services.AddGraphStandIn();
        var app = builder.Build();
        app.MapGraphStandIn();
        await app.StartAsync();
        return app;
    }
}
