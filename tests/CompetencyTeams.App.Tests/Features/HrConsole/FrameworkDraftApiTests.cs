using System.Net;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;
using static CompetencyTeams.App.Tests.Features.HrConsole.HrTestData;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

/// <summary>POST /hr/frameworks/{id}/{version}/drafts: "edit as a new version" never touches the version it starts from.</summary>
[Collection(TabApiCollection.Name)]
public sealed class FrameworkDraftApiTests(TabApiFixture fixture)
{
    private const string Frameworks = "/api/tab/hr/frameworks";
    private static readonly int ShippedCount = ShippedFrameworks.AnapAfr.Competencies.Count();
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task Draft_FromPublishedVersion_StoresTheEditsAsNextDraft_AndThePublishedOneStaysAsItWas()
    {
        var id = await PublishedFrameworkAsync();
        var edited = await ExportAsync(id, 1);
        var block = edited["framework"]!["poles"]![0]!["blocks"]![0]!;
        var competencies = block["competencies"]!.AsArray();
        competencies[0]!["title"] = "Accueillir autrement";
        competencies[0]!["knowledge"] = new JsonArray("Un savoir neuf");
        var removed = competencies[^1]!["code"]!.GetValue<string>();
        competencies.RemoveAt(competencies.Count - 1);
        competencies.Add(new JsonObject
        {
            ["code"] = block["code"]!.GetValue<string>() + ".99", ["title"] = "Compétence ajoutée", ["description"] = "Décrite",
            ["knowledge"] = new JsonArray(), ["examples"] = new JsonArray("Un exemple"),
        });

        var created = await PostDraftAsync(id, 1, edited, HttpStatusCode.Created);
        var draft = FrameworkJson.Deserialize((await ExportAsync(id, 2)).ToJsonString());
        var original = FrameworkJson.Deserialize((await ExportAsync(id, 1)).ToJsonString());

        Assert.Equal(2, created.GetProperty("version").GetInt32());
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(ShippedCount, created.GetProperty("competencyCount").GetInt32());
        Assert.Equal("Accueillir autrement", draft.Competencies.First().Title);
        Assert.Equal(["Un savoir neuf"], draft.Competencies.First().Knowledge);
        Assert.DoesNotContain(draft.Competencies, c => c.Code == removed);
        Assert.Contains(draft.Competencies, c => c.Title == "Compétence ajoutée");
        Assert.Equal(FrameworkStatus.Published, original.Status);
        Assert.Equal(ShippedFrameworks.AnapAfr.Competencies.First().Title, original.Competencies.First().Title);
        Assert.Contains(original.Competencies, c => c.Code == removed);
    }

    [Fact]
    public async Task Draft_ThenPublish_MakesItTheNewestPublishedVersion()
    {
        var id = await PublishedFrameworkAsync();
        await PostDraftAsync(id, 1, await ExportAsync(id, 1), HttpStatusCode.Created);

        var published = await _api.JsonAsync(HttpMethod.Post, $"{Frameworks}/{id}/2/publish", Caller.Hr);
        var versions = (await _api.JsonAsync(HttpMethod.Get, Frameworks, Caller.Hr)).GetProperty("items").EnumerateArray()
            .Where(v => v.GetProperty("frameworkId").GetString() == id).Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("status").GetString()));

        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal([(2, "Published"), (1, "Published")], versions);
    }

    [Fact]
    public async Task Draft_EditedLevelScale_IsTheNewVersionsScaleOnly()
    {
        var id = await PublishedFrameworkAsync();
        var edited = await ExportAsync(id, 1);
        var levels = edited["framework"]!["scale"]!["levels"]!.AsArray();
        levels[0]!["label"]!["fr"] = "Débutant";
        levels.Add(new JsonObject
        {
            ["value"] = 5, ["code"] = "N5", ["label"] = new JsonObject { ["fr"] = "Référent", ["en"] = "Reference" },
            ["descriptor"] = new JsonObject { ["fr"] = "Forme les autres.", ["en"] = "Trains others." },
        });

        await PostDraftAsync(id, 1, edited, HttpStatusCode.Created);
        var newScale = await _api.JsonAsync(HttpMethod.Get, $"/api/tab/hr/level-scale?frameworkId={id}&version=2", Caller.Hr);
        var oldScale = await _api.JsonAsync(HttpMethod.Get, $"/api/tab/hr/level-scale?frameworkId={id}&version=1", Caller.Hr);

        var newLevels = newScale.GetProperty("scale").GetProperty("levels");
        Assert.Equal(5, newLevels.GetArrayLength());
        Assert.Equal("Débutant", newLevels[0].GetProperty("label").GetProperty("fr").GetString());
        Assert.Equal(4, oldScale.GetProperty("scale").GetProperty("levels").GetArrayLength());
        Assert.Equal("Notions", oldScale.GetProperty("scale").GetProperty("levels")[0].GetProperty("label").GetProperty("fr").GetString());
    }

    [Fact]
    public async Task Draft_WhileADraftIsPending_Returns409DraftExists_FromEitherVersion()
    {
        var id = await PublishedFrameworkAsync();
        var content = await ExportAsync(id, 1);
        await PostDraftAsync(id, 1, content, HttpStatusCode.Created);

        using var fromPublished = await SendDraftAsync(id, 1, content, "fr-FR");
        using var fromDraft = await SendDraftAsync(id, 2, content);

        var detail = await TabCalls.ProblemAsync(fromPublished, HttpStatusCode.Conflict, "framework.draft-exists");
        Assert.Contains("brouillon (2)", detail, StringComparison.Ordinal);
        await TabCalls.ProblemAsync(fromDraft, HttpStatusCode.Conflict, "framework.draft-exists");
    }

    [Fact]
    public async Task Draft_FromAVersionThatIsNoLongerTheNewest_Returns409Stale()
    {
        var id = await PublishedFrameworkAsync();
        var content = await ExportAsync(id, 1);
        await PostDraftAsync(id, 1, content, HttpStatusCode.Created);
        await _api.JsonAsync(HttpMethod.Post, $"{Frameworks}/{id}/2/publish", Caller.Hr);

        using var stale = await SendDraftAsync(id, 1, content, "en-US");

        var detail = await TabCalls.ProblemAsync(stale, HttpStatusCode.Conflict, "framework.stale");
        Assert.Contains("version 2 exists", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_WithEmptyTitleAndDuplicateCode_Returns400NamingEveryField_AndStoresNothing()
    {
        var id = await PublishedFrameworkAsync();
        var edited = await ExportAsync(id, 1);
        var competencies = edited["framework"]!["poles"]![0]!["blocks"]![0]!["competencies"]!.AsArray();
        competencies[0]!["title"] = " ";
        competencies[1]!["code"] = competencies[0]!["code"]!.GetValue<string>();

        var problem = await PostDraftAsync(id, 1, edited, HttpStatusCode.BadRequest);
        var versions = (await _api.JsonAsync(HttpMethod.Get, Frameworks, Caller.Hr)).GetProperty("items").EnumerateArray().Count(v => v.GetProperty("frameworkId").GetString() == id);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("poles[0].blocks[0].competencies[0].title", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("poles[0].blocks[0].competencies[1].code", out _), errors.ToString());
        Assert.Equal(1, versions);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("{\"format\":\"other\",\"formatVersion\":1,\"framework\":null}")]
    public async Task Draft_NotAFrameworkDocument_Returns400(string body)
    {
        var id = await PublishedFrameworkAsync();

        using var response = await _api.SendFileAsync($"{Frameworks}/{id}/1/drafts", Caller.Hr, body, "application/json");

        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("framework", out _), problem.ToString());
    }

    [Fact]
    public async Task Draft_OfAnUnknownVersion_Returns404()
    {
        using var response = await SendDraftAsync("anap-afr", 99, JsonNode.Parse(FrameworkJson.Serialize(ShippedFrameworks.AnapAfr))!);

        await TabCalls.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    private async Task<string> PublishedFrameworkAsync()
    {
        var id = Unique("fw");
        await TabCalls.ExpectAsync(
            await _api.SendFileAsync($"{Frameworks}/import?format=json&publish=true", Caller.Hr, FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = id }), "application/json"),
            HttpStatusCode.Created);
        return id;
    }

    private async Task<JsonNode> ExportAsync(string id, int version)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"{Frameworks}/{id}/{version}?format=json", Caller.Hr);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private Task<HttpResponseMessage> SendDraftAsync(string id, int version, JsonNode content, string? locale = null) =>
        _api.SendFileAsync($"{Frameworks}/{id}/{version}/drafts", Caller.Hr, content.ToJsonString(), "application/json", locale);

    private async Task<System.Text.Json.JsonElement> PostDraftAsync(string id, int version, JsonNode content, HttpStatusCode expected)
    {
        using var response = await SendDraftAsync(id, version, content);
        return await TabCalls.ExpectAsync(response, expected);
    }
}
