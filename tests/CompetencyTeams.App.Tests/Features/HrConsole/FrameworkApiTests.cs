using System.Net;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;
using static CompetencyTeams.App.Tests.Features.HrConsole.HrTestData;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

[Collection(TabApiCollection.Name)]
public sealed class FrameworkApiTests(TabApiFixture fixture)
{
    private const string Frameworks = "/api/tab/hr/frameworks";
    private static readonly int ShippedCount = ShippedFrameworks.AnapAfr.Competencies.Count();
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task List_ContainsTheShippedVersionWithItsCompetencyCount()
    {
        var list = await _api.JsonAsync(HttpMethod.Get, Frameworks, Caller.Hr);

        var shipped = list.GetProperty("items").EnumerateArray().Single(v => v.GetProperty("frameworkId").GetString() == "anap-afr" && v.GetProperty("version").GetInt32() == 1);
        Assert.Equal(ShippedCount, shipped.GetProperty("competencyCount").GetInt32());
        Assert.Equal("Published", shipped.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("case")]
    public async Task Export_EachFormat_ReadsBackToTheSameCompetencies(string format)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"{Frameworks}/anap-afr/1?format={format}", Caller.Hr);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var read = format switch
        {
            "csv" => FrameworkCsv.Deserialize(text, "x", 1, "x", "fr", DefaultLevelScale.Create()),
            "case" => CaseJsonImport.Deserialize(text),
            _ => FrameworkJson.Deserialize(text),
        };
        Assert.Equal(ShippedFrameworks.AnapAfr.Competencies.Select(c => c.Code), read.Competencies.Select(c => c.Code));
    }

    [Fact]
    public async Task Export_UnknownFormatOrVersion_Returns400Then404()
    {
        using var badFormat = await _api.SendAsync(HttpMethod.Get, $"{Frameworks}/anap-afr/1?format=pdf", Caller.Hr, locale: "fr-FR");
        using var unknown = await _api.SendAsync(HttpMethod.Get, $"{Frameworks}/anap-afr/42?format=json", Caller.Hr);

        var detail = await TabCalls.ProblemAsync(badFormat, HttpStatusCode.BadRequest, "invalid");
        Assert.Contains("Format « pdf » inconnu", detail, StringComparison.Ordinal);
        await TabCalls.ProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task ImportJson_Twice_CreatesVersion1Then2AsDrafts()
    {
        var id = Unique("fw");
        var file = FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = id });

        using var first = await _api.SendFileAsync($"{Frameworks}/import?format=json", Caller.Hr, file, "application/json");
        using var second = await _api.SendFileAsync($"{Frameworks}/import?format=json", Caller.Hr, file, "application/json");
        var one = await TabCalls.ExpectAsync(first, HttpStatusCode.Created);
        var two = await TabCalls.ExpectAsync(second, HttpStatusCode.Created);
        var versions = (await _api.JsonAsync(HttpMethod.Get, Frameworks, Caller.Hr)).GetProperty("items").EnumerateArray().Where(v => v.GetProperty("frameworkId").GetString() == id).ToList();

        Assert.Equal(1, one.GetProperty("version").GetInt32());
        Assert.Equal(2, two.GetProperty("version").GetInt32());
        Assert.Equal("Draft", two.GetProperty("status").GetString());
        Assert.Equal(ShippedCount, two.GetProperty("competencyCount").GetInt32());
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task ImportCsv_WithIdAndName_CreatesTheFrameworkWithTheDefaultScale()
    {
        var id = Unique("fw");
        var csv = FrameworkCsv.Serialize(ShippedFrameworks.AnapAfr, ';');

        var created = await TabCalls.ExpectAsync(await _api.SendFileAsync($"{Frameworks}/import?format=csv&frameworkId={id}&name=Tableur", Caller.Hr, csv), HttpStatusCode.Created);
        var scale = await _api.JsonAsync(HttpMethod.Get, $"/api/tab/hr/level-scale?frameworkId={id}", Caller.Hr);

        Assert.Equal("Tableur", created.GetProperty("name").GetString());
        Assert.Equal(ShippedCount, created.GetProperty("competencyCount").GetInt32());
        Assert.Equal(DefaultLevelScale.Id, scale.GetProperty("scale").GetProperty("id").GetString());
        Assert.Equal(4, scale.GetProperty("scale").GetProperty("levels").GetArrayLength());
    }

    [Fact]
    public async Task ImportCase_ExportedPackage_CreatesAPublishedVersionWhenAsked()
    {
        var id = Unique("fw");
        var package = CaseJsonExport.Serialize(ShippedFrameworks.AnapAfr with { Id = id }, DateTimeOffset.UtcNow);

        var created = await TabCalls.ExpectAsync(await _api.SendFileAsync($"{Frameworks}/import?format=case&publish=true", Caller.Hr, package, "application/json"), HttpStatusCode.Created);

        Assert.Equal(id, created.GetProperty("frameworkId").GetString());
        Assert.Equal("Published", created.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ImportJson_Broken_Returns400WithTheLine()
    {
        var file = FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = Unique("fw") });
        var broken = file.Replace("\"poles\": [", "\"poles\": [ oops", StringComparison.Ordinal);

        using var response = await _api.SendFileAsync($"{Frameworks}/import?format=json", Caller.Hr, broken, "application/json", "fr-FR");
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("framework.import", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("line").GetInt32() > 1);
        Assert.StartsWith("Le fichier ne peut pas être importé", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportJson_CompetencyWithoutTitle_Returns400NamingTheField()
    {
        var json = JsonNode.Parse(FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = Unique("fw") }))!;
        json["framework"]!["poles"]![0]!["blocks"]![0]!["competencies"]![0]!["title"] = "";

        using var response = await _api.SendFileAsync($"{Frameworks}/import?format=json", Caller.Hr, json.ToJsonString(), "application/json");
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.Contains("competencies[0].title", problem.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=csv", "frameworkId")]
    [InlineData("?format=xml", "format")]
    public async Task Import_MissingMetadataOrUnknownFormat_Returns400(string query, string field)
    {
        using var response = await _api.SendFileAsync($"{Frameworks}/import{query}", Caller.Hr, "a,b\n1,2\n");
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Import_EmptyFile_Returns400()
    {
        using var response = await _api.SendFileAsync($"{Frameworks}/import?format=json", Caller.Hr, "  ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Import_ExplicitExistingVersion_Returns409()
    {
        using var response = await _api.SendFileAsync($"{Frameworks}/import?format=json&version=1", Caller.Hr, FrameworkJson.Serialize(ShippedFrameworks.AnapAfr), "application/json");

        await TabCalls.ProblemAsync(response, HttpStatusCode.Conflict, "exists");
    }

    [Fact]
    public async Task Publish_Draft_ThenAgain_Returns200Then409()
    {
        var id = Unique("fw");
        await TabCalls.ExpectAsync(await _api.SendFileAsync($"{Frameworks}/import?format=json", Caller.Hr, FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = id }), "application/json"), HttpStatusCode.Created);

        var published = await _api.JsonAsync(HttpMethod.Post, $"{Frameworks}/{id}/1/publish", Caller.Hr);
        using var again = await _api.SendAsync(HttpMethod.Post, $"{Frameworks}/{id}/1/publish", Caller.Hr);

        Assert.Equal("Published", published.GetProperty("status").GetString());
        await TabCalls.ProblemAsync(again, HttpStatusCode.Conflict, "framework.already-published");
    }

    [Fact]
    public async Task LevelScale_Default_IsAStoredFrameworksScale_AndUnknownIs404()
    {
        var scale = await _api.JsonAsync(HttpMethod.Get, "/api/tab/hr/level-scale?frameworkId=anap-afr&version=1", Caller.Hr);
        using var unknown = await _api.SendAsync(HttpMethod.Get, "/api/tab/hr/level-scale?frameworkId=nope", Caller.Hr);

        var levels = scale.GetProperty("scale").GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], levels.Select(l => l.GetProperty("value").GetInt32()));
        Assert.Equal("Notions", levels[0].GetProperty("label").GetProperty("fr").GetString());
        await TabCalls.ProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
    }
}
