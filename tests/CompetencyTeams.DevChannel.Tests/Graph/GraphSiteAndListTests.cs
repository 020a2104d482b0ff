using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Tests.Graph;

public sealed class GraphSiteAndListTests
{
    [Fact]
    public async Task GetSite_EncodedAndPlainHostPathKeys_ResolveToTheSameSite()
    {
        await using var server = await GraphStandInServer.StartAsync();

        var encoded = await server.Client.GetFromJsonAsync<JsonObject>("/v1.0/sites/contoso.sharepoint.com%3A%2Fsites%2Fcompetences");
        var plain = await server.Client.GetFromJsonAsync<JsonObject>("/v1.0/sites/contoso.sharepoint.com:/sites/competences");
        var byId = await server.Client.GetFromJsonAsync<JsonObject>("/v1.0/sites/" + Uri.EscapeDataString((string)encoded!["id"]!));

        var id = (string)encoded["id"]!;
        Assert.StartsWith("contoso.sharepoint.com,", id, StringComparison.Ordinal);
        Assert.Equal(3, id.Split(',').Length);
        Assert.Equal(id, (string?)plain!["id"]);
        Assert.Equal(id, (string?)byId!["id"]);
        Assert.Equal("https://contoso.sharepoint.com/sites/competences", (string?)encoded["webUrl"]);
    }

    [Fact]
    public async Task GetSite_UnknownPath_Returns404InODataShape()
    {
        await using var server = await GraphStandInServer.StartAsync();

        var response = await server.Client.GetAsync("/v1.0/sites/contoso.sharepoint.com%3A%2Fsites%2Fnope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("itemNotFound", (string?)error!["error"]!["code"]);
    }

    [Fact]
    public async Task AnyCall_WithoutBearerToken_Returns401()
    {
        await using var server = await GraphStandInServer.StartAsync();
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/v1.0/sites/contoso.sharepoint.com%3A%2Fsites%2Fcompetences");
        anonymous.Headers.Authorization = null;
        server.Client.DefaultRequestHeaders.Authorization = null;

        var response = await server.Client.SendAsync(anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateList_WithColumns_AddsTitleAndDefaultsAndRefusesADuplicateName()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var siteId = await server.SiteIdAsync();
        var listId = await server.CreateListAsync(siteId);

        var columns = await server.Client.GetFromJsonAsync<JsonObject>($"/v1.0/sites/{siteId}/lists/{listId}/columns");
        var again = await server.Client.PostAsJsonAsync($"/v1.0/sites/{siteId}/lists", new { displayName = "gaps", list = new { template = "genericList" } });
        var addColumn = await server.Client.PostAsJsonAsync($"/v1.0/sites/{siteId}/lists/{listId}/columns", new { name = "Due", dateTime = new { format = "dateOnly" } });
        var duplicateColumn = await server.Client.PostAsJsonAsync($"/v1.0/sites/{siteId}/lists/{listId}/columns", new { name = "Code", text = new { } });

        var names = columns!["value"]!.AsArray().Select(c => (string?)c!["name"]).ToList();
        Assert.Equal(["Title", "Code", "Note", "Score"], names);
        Assert.False((bool?)columns["value"]![2]!["indexed"]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, addColumn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicateColumn.StatusCode);
    }

    [Fact]
    public async Task SharePointPage_ItemValues_AreHtmlEncoded()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var siteId = await server.SiteIdAsync();
        var listId = await server.CreateListAsync(siteId, "Summaries <x>");
        (await server.CreateItemAsync(siteId, listId, new JsonObject { ["Title"] = "<script>alert(1)</script>", ["Code"] = "a&b" })).EnsureSuccessStatusCode();

        var html = await server.Client.GetStringAsync("/devchannel/sharepoint");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Summaries &lt;x&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a&amp;b", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_DataFolderSet_KeepsListsAndItemsAcrossRestarts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ct-graph-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["DevChannel:Graph:DataFolder"] = folder };
        try
        {
            string siteId;
            await using (var first = await GraphStandInServer.StartAsync(settings))
            {
                siteId = await first.SiteIdAsync();
                var listId = await first.CreateListAsync(siteId);
                (await first.CreateItemAsync(siteId, listId, new JsonObject { ["Title"] = "kept", ["Score"] = 4 })).EnsureSuccessStatusCode();
            }

            await using var second = await GraphStandInServer.StartAsync(settings);
            var items = await second.Client.GetFromJsonAsync<JsonObject>($"/v1.0/sites/{siteId}/lists/Gaps/items?$expand=fields");

            var fields = items!["value"]![0]!["fields"]!;
            Assert.Equal("kept", (string?)fields["Title"]);
            Assert.Equal(4, (double?)fields["Score"]);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
