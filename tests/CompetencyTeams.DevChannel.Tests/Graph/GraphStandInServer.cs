using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Graph;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.DevChannel.Tests.Graph;

/// <summary>The Graph stand-in alone (AddGraphStandIn + MapGraphStandIn) on a TestServer, with a client that sends a bearer token.</summary>
public sealed class GraphStandInServer : IAsyncDisposable
{
    public const string SiteKey = "contoso.sharepoint.com:/sites/competences";
    private readonly WebApplication _app;

    private GraphStandInServer(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "test-token");
    }

    public HttpClient Client { get; }

    public GraphRequestLog Log => _app.Services.GetRequiredService<GraphRequestLog>();

    public GraphStore Store => _app.Services.GetRequiredService<GraphStore>();

    public static async Task<GraphStandInServer> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddGraphStandIn();
        var app = builder.Build();
        app.MapGraphStandIn();
        await app.StartAsync();
        return new GraphStandInServer(app);
    }

    public async Task<string> SiteIdAsync()
    {
        var site = await Client.GetFromJsonAsync<JsonObject>("/v1.0/sites/" + Uri.EscapeDataString(SiteKey));
        return (string)site!["id"]!;
    }

    /// <summary>Creates a list with an indexed text column "Code", a plain text column "Note" and a number column "Score".</summary>
    public async Task<string> CreateListAsync(string siteId, string name = "Gaps")
    {
        var response = await Client.PostAsJsonAsync($"/v1.0/sites/{siteId}/lists", new JsonObject
        {
            ["displayName"] = name,
            ["list"] = new JsonObject { ["template"] = "genericList" },
            ["columns"] = new JsonArray(
                new JsonObject { ["name"] = "Code", ["indexed"] = true, ["text"] = new JsonObject() },
                new JsonObject { ["name"] = "Note", ["text"] = new JsonObject { ["allowMultipleLines"] = true } },
                new JsonObject { ["name"] = "Score", ["number"] = new JsonObject { ["decimalPlaces"] = "none" } }),
        });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public async Task<HttpResponseMessage> CreateItemAsync(string siteId, string listId, JsonObject fields) =>
        await Client.PostAsJsonAsync($"/v1.0/sites/{siteId}/lists/{listId}/items", new JsonObject { ["fields"] = fields });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
