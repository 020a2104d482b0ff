using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Graph;

namespace CompetencyTeams.DevChannel.Tests.Graph;

public sealed class GraphUserTests
{
    [Fact]
    public async Task Users_ManagerAndDirectReports_FollowTheReportingLine()
    {
        await using var server = await GraphStandInServer.StartAsync();
        await AddAsync(server, new GraphUser("boss", "La Cheffe", "cheffe@demo.fr", "Responsable", null));
        await AddAsync(server, new GraphUser("agent-1", "Agent Un", "un@demo.fr", "Agent", "boss"));
        await AddAsync(server, new GraphUser("agent-2", "Agent Deux", "deux@demo.fr", "Agent", "boss"));

        var byUpn = await server.Client.GetFromJsonAsync<JsonObject>("/v1.0/users/un%40demo.fr");
        var manager = await server.Client.GetFromJsonAsync<JsonObject>("/v1.0/users/agent-1/manager");
        var reports = await server.Client.GetFromJsonAsync<JsonObject>("/v1.0/users/boss/directReports");
        var noManager = await server.Client.GetAsync("/v1.0/users/boss/manager");

        Assert.Equal("agent-1", (string?)byUpn!["id"]);
        Assert.Equal("boss", (string?)manager!["id"]);
        Assert.Equal(["agent-1", "agent-2"], reports!["value"]!.AsArray().Select(u => (string?)u!["id"]));
        Assert.Equal(HttpStatusCode.NotFound, noManager.StatusCode);
    }

    [Fact]
    public async Task InstalledApps_InstallTwice_Is201Then409AndTheChatIsFound()
    {
        await using var server = await GraphStandInServer.StartAsync();
        await AddAsync(server, new GraphUser("agent-1", "Agent Un", "un@demo.fr", null, null));
        var install = new JsonObject { ["teamsApp@odata.bind"] = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/app-123" };

        var first = await server.Client.PostAsJsonAsync("/v1.0/users/agent-1/teamwork/installedApps", install);
        var second = await server.Client.PostAsJsonAsync("/v1.0/users/agent-1/teamwork/installedApps", install);
        var list = await server.Client.GetFromJsonAsync<JsonObject>("/v1.0/users/agent-1/teamwork/installedApps?$expand=teamsApp");
        var installationId = (string)list!["value"]![0]!["id"]!;
        var chat = await server.Client.GetFromJsonAsync<JsonObject>($"/v1.0/users/agent-1/teamwork/installedApps/{Uri.EscapeDataString(installationId)}/chat");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("app-123", (string?)list["value"]![0]!["teamsApp"]!["id"]);
        Assert.StartsWith("19:", (string?)chat!["id"], StringComparison.Ordinal);
    }

    private static async Task AddAsync(GraphStandInServer server, GraphUser user) =>
        (await server.Client.PostAsJsonAsync("/devchannel/graph/users", user)).EnsureSuccessStatusCode();
}
