extern alias devchannel;

using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.App.Tests.Features.Summaries;
using devchannel::CompetencyTeams.DevChannel.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Features.Publishing;

/// <summary>
/// The tab API host of <see cref="TabApiFixture"/> with SharePoint publication on: the real GraphServiceClient writes to
/// the DevChannel's Graph stand-in on Kestrel (the same stand-in as the Summaries tests) and the background publisher runs.
/// </summary>
public sealed class PublishingApiFixture : TabApiFixture, IAsyncLifetime
{
    private WebApplication _graph = null!;

    public GraphStore Graph => _graph.Services.GetRequiredService<GraphStore>();

    public GraphFaultInjector Faults => _graph.Services.GetRequiredService<GraphFaultInjector>();

    async Task IAsyncLifetime.InitializeAsync()
    {
        _graph = await SummariesHost.StartGraphAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _graph.StopAsync();
        await _graph.DisposeAsync();
    }

    /// <summary>The items of one SharePoint list of the publication site (none before provisioning).</summary>
    public IReadOnlyList<ItemEntry> Items(string listName)
    {
        lock (Graph.Gate)
        {
            var list = Graph.Sites.Single(s => s.Path == SummariesHost.SitePath).Lists.SingleOrDefault(l => l.DisplayName == listName);
            return list is null ? [] : [.. list.Items];
        }
    }

    protected override void ConfigureHost(IWebHostBuilder host)
    {
        var address = _graph.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.UseSetting("Graph:BaseUrl", address.TrimEnd('/') + "/v1.0");
        host.UseSetting("Graph:Authentication", "LocalStandIn");
        host.UseSetting("Graph:MaxRetries", "0");
        host.UseSetting("SharePoint:SiteHostname", SummariesHost.Hostname);
        host.UseSetting("SharePoint:SitePath", SummariesHost.SitePath);
        host.UseSetting("SharePoint:RetryDelay", "00:00:00");
        host.UseSetting("SharePoint:MaxBatchAttempts", "2");
        host.UseSetting("Summaries:PollInterval", "00:00:00.100");
        host.UseSetting("Summaries:RetryBaseDelay", "00:00:01");
    }
}

[CollectionDefinition(Name)]
public sealed class PublishingApiCollection : ICollectionFixture<PublishingApiFixture>
{
    public const string Name = "Tab publication API against the Graph stand-in and Azurite";
}
