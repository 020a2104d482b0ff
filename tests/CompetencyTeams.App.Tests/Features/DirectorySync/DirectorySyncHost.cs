extern alias devchannel;

using System.Text.Json;
using CompetencyTeams.App.Features.DirectorySync;
using CompetencyTeams.App.Tests.Features.Summaries;
using CompetencyTeams.Infrastructure;
using CompetencyTeams.TestSupport.Storage;
using devchannel::CompetencyTeams.DevChannel.Directory;
using devchannel::CompetencyTeams.DevChannel.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.App.Tests.Features.DirectorySync;

/// <summary>
/// The App's directory sync in a host of its own on Azurite (own prefix), reading through the real GraphServiceClient
/// from the DevChannel's Graph stand-in (started by <see cref="SummariesHost"/>), which plays the demo organisation.
/// </summary>
public sealed class DirectorySyncHost : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly WebApplication _graph;
    private readonly IHost _app;

    private DirectorySyncHost(WebApplication graph, IHost app, string graphBaseUrl)
    {
        _graph = graph;
        _app = app;
        GraphBaseUrl = graphBaseUrl;
    }

    public string GraphBaseUrl { get; }

    public GraphFaultInjector Faults => _graph.Services.GetRequiredService<GraphFaultInjector>();

    public GraphRequestLog Log => _graph.Services.GetRequiredService<GraphRequestLog>();

    public GraphUserHandlers GraphUsers => _graph.Services.GetRequiredService<GraphUserHandlers>();

    public DirectorySyncService Sync => Service<DirectorySyncService>();

    public static DemoOrganisation Demo { get; } = JsonSerializer.Deserialize<DemoOrganisation>(
        File.ReadAllText(SummariesHost.DemoOrganisationPath()), Web)!;

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<DirectorySyncHost> StartAsync(AzuriteFixture azurite, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var graph = await SummariesHost.StartGraphAsync();
        var users = graph.Services.GetRequiredService<GraphUserHandlers>();
        foreach (var person in Demo.People)
        {
            users.Upsert(new GraphUser(person.Id, person.DisplayName, person.UserPrincipalName, person.JobTitle, person.ManagerId, person.Locale));
        }

        var address = graph.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/v1.0";
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Prefix"] = azurite.NewPrefix(),
            ["Graph:BaseUrl"] = address,
            ["Graph:Authentication"] = "LocalStandIn",
            ["Graph:MaxRetries"] = "2",
            ["DirectorySync:Enabled"] = "true",
            ["DirectorySync:RunWorker"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddInfrastructure();
        builder.Services.AddDirectorySync(builder.Configuration);
        var app = builder.Build();
        await app.StartAsync();
        return new DirectorySyncHost(graph, app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        _app.Dispose();
        await _graph.StopAsync();
        await _graph.DisposeAsync();
    }
}
