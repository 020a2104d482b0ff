extern alias devchannel;

using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.App.Tests.Features.Summaries;
using devchannel::CompetencyTeams.DevChannel.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.DirectorySync;

/// <summary>POST /api/tab/hr/directory/sync on the real App with real tab tokens, Azurite, and the DevChannel's Graph stand-in.</summary>
public sealed class DirectorySyncApiTests(DirectorySyncApiTests.SyncAppFixture fixture) : IClassFixture<DirectorySyncApiTests.SyncAppFixture>
{
    [Fact]
    public async Task Sync_Hr_RunsNowAndReportsWhatChanged()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, "/api/tab/hr/directory/sync", fixture.DevChannel.Token(Hr, HrRole));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var report = JsonDocument.Parse(text).RootElement;
        Assert.Equal(DirectorySyncHost.Demo.People.Count, report.GetProperty("usersRead").GetInt32());
        Assert.Equal(
            DirectorySyncHost.Demo.People.Count,
            report.GetProperty("peopleAdded").GetInt32() + report.GetProperty("peopleUpdated").GetInt32() + report.GetProperty("peopleUnchanged").GetInt32());
        Assert.True(report.GetProperty("teamsAdded").GetInt32() + report.GetProperty("teamsUpdated").GetInt32() >= 0);
    }

    [Theory]
    [InlineData(ManagerA)]
    [InlineData(AgentA1)]
    [InlineData(Nobody)]
    public async Task Sync_AnybodyButHr_Is403AndGraphIsNotCalled(string caller)
    {
        var before = fixture.GraphLog.Entries.Count;

        using var response = await fixture.SendAsync(HttpMethod.Post, "/api/tab/hr/directory/sync", fixture.DevChannel.Token(caller));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, fixture.GraphLog.Entries.Count);
    }

    [Fact]
    public async Task Sync_Graph403_Is502NamingThePermissionInTheCallersLanguage()
    {
        fixture.GraphFaults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { PathContains = "/users", Status = 403, Count = 1 }] });
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tab/hr/directory/sync");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.DevChannel.Token(Hr, HrRole));
            request.Headers.AcceptLanguage.ParseAdd("fr-FR");
            using var response = await fixture.Client.SendAsync(request);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
            Assert.Equal("directory.failed", problem.GetProperty("code").GetString());
            Assert.Equal(403, problem.GetProperty("graphStatus").GetInt32());
            Assert.Contains("User.Read.All", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("Rien n'a été modifié", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.GraphFaults.Apply(GraphFaultPlan.None);
        }
    }

    /// <summary>The tab API fixture with DirectorySync on and Graph pointed at the stand-in playing the demo organisation.</summary>
    public sealed class SyncAppFixture : TabApiFixture, IAsyncLifetime
    {
        private WebApplication _graph = null!;
        private string _graphUrl = "";

        public GraphFaultInjector GraphFaults => _graph.Services.GetRequiredService<GraphFaultInjector>();

        public GraphRequestLog GraphLog => _graph.Services.GetRequiredService<GraphRequestLog>();

        public new async Task InitializeAsync()
        {
            _graph = await SummariesHost.StartGraphAsync();
            var users = _graph.Services.GetRequiredService<GraphUserHandlers>();
            foreach (var p in DirectorySyncHost.Demo.People)
            {
                users.Upsert(new GraphUser(p.Id, p.DisplayName, p.UserPrincipalName, p.JobTitle, p.ManagerId, p.Locale));
            }

            _graphUrl = _graph.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/v1.0";
            await base.InitializeAsync();
        }

        public new async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await _graph.StopAsync();
            await _graph.DisposeAsync();
        }

        protected override void ConfigureHost(IWebHostBuilder host)
        {
            host.UseSetting("Graph:BaseUrl", _graphUrl);
            host.UseSetting("Graph:Authentication", "LocalStandIn");
            host.UseSetting("Graph:MaxRetries", "0");
            host.UseSetting("DirectorySync:Enabled", "true");
            host.UseSetting("DirectorySync:RunWorker", "false");
        }
    }
}
