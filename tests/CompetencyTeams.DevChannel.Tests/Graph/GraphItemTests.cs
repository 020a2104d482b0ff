using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Tests.Graph;

public sealed class GraphItemTests
{
    [Fact]
    public async Task CreateAndPatchItem_ValidFields_StoresTypedValuesAndBumpsModified()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var siteId = await server.SiteIdAsync();
        var listId = await server.CreateListAsync(siteId);

        var created = await server.CreateItemAsync(siteId, listId, new JsonObject { ["Title"] = "A", ["Code"] = "C1", ["Score"] = 3 });
        var item = await created.Content.ReadFromJsonAsync<JsonObject>();
        var patched = await server.Client.PatchAsJsonAsync($"/v1.0/sites/{siteId}/lists/{listId}/items/{item!["id"]}/fields", new JsonObject { ["Score"] = 5, ["note"] = "longer\ntext" });
        var read = await server.Client.GetFromJsonAsync<JsonObject>($"/v1.0/sites/{siteId}/lists/{listId}/items/{item["id"]}?$expand=fields");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("1", (string?)item["id"]);
        Assert.EndsWith("/Lists/Gaps/DispForm.aspx?ID=1", (string?)item["webUrl"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(5, (double?)read!["fields"]!["Score"]);
        Assert.Equal("C1", (string?)read["fields"]!["Code"]);
        Assert.Equal("longer\ntext", (string?)read["fields"]!["Note"]);
    }

    [Theory]
    [InlineData("{\"Unknown\":\"x\"}", "Field 'Unknown' is not recognized")]
    [InlineData("{\"Score\":\"high\"}", "expects a number")]
    [InlineData("{\"Code\":12}", "expects text")]
    public async Task CreateItem_BadField_Returns400NamingTheField(string fieldsJson, string expected)
    {
        await using var server = await GraphStandInServer.StartAsync();
        var siteId = await server.SiteIdAsync();
        var listId = await server.CreateListAsync(siteId);

        var response = await server.CreateItemAsync(siteId, listId, JsonNode.Parse(fieldsJson)!.AsObject());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryItems_FilterOnIndexedColumn_NeedsNoPreferHeader()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var (siteId, listId) = await SeedAsync(server);

        var page = await server.Client.GetFromJsonAsync<JsonObject>($"/v1.0/sites/{siteId}/lists/{listId}/items?$expand=fields($select=Code)&$filter=fields/Code eq 'C2'");

        var only = Assert.Single(page!["value"]!.AsArray());
        Assert.Equal("C2", (string?)only!["fields"]!["Code"]);
        Assert.Null(only["fields"]!["Score"]);
    }

    [Fact]
    public async Task QueryItems_FilterOnNonIndexedColumn_Is400WithoutPreferHeaderAnd200WithIt()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var (siteId, listId) = await SeedAsync(server);
        var url = $"/v1.0/sites/{siteId}/lists/{listId}/items?$expand=fields&$filter=fields/Score ge 2";

        var refused = await server.Client.GetAsync(url);
        using var preferred = new HttpRequestMessage(HttpMethod.Get, url);
        preferred.Headers.Add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly");
        var accepted = await server.Client.SendAsync(preferred);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (string?)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["message"];
        Assert.Contains("Field 'Score' cannot be referenced in filter or orderby as it is not indexed", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var codes = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsArray().Select(i => (string?)i!["fields"]!["Code"]);
        Assert.Equal(["C2", "C3"], codes);
    }

    [Fact]
    public async Task QueryItems_MoreThanTop_PagesWithNextLink()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var (siteId, listId) = await SeedAsync(server);

        var first = await server.Client.GetFromJsonAsync<JsonObject>($"/v1.0/sites/{siteId}/lists/{listId}/items?$expand=fields&$top=2");
        var next = new Uri((string)first!["@odata.nextLink"]!);
        var second = await server.Client.GetFromJsonAsync<JsonObject>(next.PathAndQuery);

        Assert.Equal(2, first["value"]!.AsArray().Count);
        Assert.Single(second!["value"]!.AsArray());
        Assert.Null(second["@odata.nextLink"]);
    }

    [Fact]
    public async Task DeleteItem_RemovesIt()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var (siteId, listId) = await SeedAsync(server);

        var deleted = await server.Client.DeleteAsync($"/v1.0/sites/{siteId}/lists/{listId}/items/2");
        var missing = await server.Client.GetAsync($"/v1.0/sites/{siteId}/lists/{listId}/items/2");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    internal static async Task<(string SiteId, string ListId)> SeedAsync(GraphStandInServer server)
    {
        var siteId = await server.SiteIdAsync();
        var listId = await server.CreateListAsync(siteId);
        for (var i = 1; i <= 3; i++)
        {
            (await server.CreateItemAsync(siteId, listId, new JsonObject { ["Title"] = $"T{i}", ["Code"] = $"C{i}", ["Score"] = i })).EnsureSuccessStatusCode();
        }

        return (siteId, listId);
    }
}
