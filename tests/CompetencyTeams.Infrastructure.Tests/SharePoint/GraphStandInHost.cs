using CompetencyTeams.DevChannel.Graph;
using CompetencyTeams.Infrastructure.SharePoint;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.Infrastructure.Tests.SharePoint;

/// <summary>
/// The DevChannel's Graph stand-in on Kestrel (127.0.0.1, a free port), and the App's SharePoint services wired to it
/// through the real GraphServiceClient with its default middleware.
/// </summary>
public sealed class GraphStandInHost : IAsyncDisposable
{
    public const string Hostname = "contoso.sharepoint.com";
    public const string SitePath = "/sites/competences";

    private readonly WebApplication _app;
    private readonly ServiceProvider _services;

    private GraphStandInHost(WebApplication app, ServiceProvider services, string baseUrl)
    {
        _app = app;
        _services = services;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public GraphRequestLog Log => _app.Services.GetRequiredService<GraphRequestLog>();

    public GraphStore Store => _app.Services.GetRequiredService<GraphStore>();

    public GraphFaultInjector Faults => _app.Services.GetRequiredService<GraphFaultInjector>();

    public ISharePointListWriter Writer => _services.GetRequiredService<ISharePointListWriter>();

    public ISharePointListProvisioner Provisioner => _services.GetRequiredService<ISharePointListProvisioner>();

    public static async Task<GraphStandInHost> StartAsync(TimeProvider? clock = null, int maxRetries = 3, int maxBatchAttempts = 4)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DevChannel:Graph:DefaultSite"] = $"{Hostname}:{SitePath}" });
        builder.Services.AddGraphStandIn();
        var app = builder.Build();
        app.MapGraphStandIn();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = address.TrimEnd('/') + "/v1.0";

        var services = BuildAppServices(baseUrl, clock, maxRetries, maxBatchAttempts);
        return new GraphStandInHost(app, services, baseUrl);
    }

    /// <summary>The App's SharePoint services (real GraphServiceClient, default middleware) pointed at <paramref name="baseUrl"/>.</summary>
    public static ServiceProvider BuildAppServices(string baseUrl, TimeProvider? clock = null, int maxRetries = 3, int maxBatchAttempts = 4)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:Authentication"] = "LocalStandIn",
            ["Graph:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["SharePoint:SiteHostname"] = Hostname,
            ["SharePoint:SitePath"] = SitePath,
            ["SharePoint:RetryDelay"] = "00:00:00",
            ["SharePoint:MaxBatchAttempts"] = maxBatchAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton(clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)))
            .AddSharePointPublishing()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public ListEntry List(string displayName)
    {
        lock (Store.Gate)
        {
            return Store.Sites.Single(s => s.Path == SitePath).Lists.Single(l => l.DisplayName == displayName);
        }
    }

    public IReadOnlyList<GraphLoggedRequest> RequestsSince(long sequence) => [.. Log.Entries.Where(e => e.Sequence > sequence)];

    public long LastSequence => Log.Entries is { Count: > 0 } entries ? entries[^1].Sequence : 0;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
