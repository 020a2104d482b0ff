using System.Net;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Features.HrConsole.HrTestData;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

[Collection(TabApiCollection.Name)]
public sealed class ProfileApiTests(TabApiFixture fixture)
{
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task Save_NewThenEditedWithItsVersion_IsListedAsSaved()
    {
        var id = Unique("profile");
        var created = await _api.JsonAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{id}", Caller.Hr, Body(levels: new() { ["1.1.1"] = 3 }));

        var edited = await _api.JsonAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{id}", Caller.Hr, Body(levels: new() { ["1.1.1"] = 4, ["2.1.1"] = 2 }, version: created.GetProperty("version").GetString()));
        var listed = await ListAsync();

        var profile = listed.Single(p => p.GetProperty("id").GetString() == id);
        Assert.Equal(4, profile.GetProperty("requiredLevels").GetProperty("1.1.1").GetInt32());
        Assert.Equal(2, profile.GetProperty("requiredLevels").GetProperty("2.1.1").GetInt32());
        Assert.Equal(5.5, profile.GetProperty("fteNeeded").GetProperty("atHorizon").GetDouble());
        Assert.Equal(2.5, profile.GetProperty("fteNeededPerBlock").GetProperty("1.1").GetProperty("now").GetDouble());
        Assert.Equal("2028-01-01", profile.GetProperty("horizonDate").GetString());
        Assert.Equal(edited.GetProperty("version").GetString(), profile.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Save_StaleVersion_Returns409Concurrency()
    {
        var id = Unique("profile");
        var created = await _api.JsonAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{id}", Caller.Hr, Body());
        await _api.JsonAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{id}", Caller.Hr, Body(version: created.GetProperty("version").GetString()));

        using var stale = await _api.SendAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{id}", Caller.Hr, Body(version: created.GetProperty("version").GetString()));

        await TabCalls.ProblemAsync(stale, HttpStatusCode.Conflict, "concurrency");
    }

    [Fact]
    public async Task Save_ExistingIdWithoutVersion_Returns409Exists()
    {
        using var response = await _api.SendAsync(HttpMethod.Put, "/api/tab/hr/profiles/profile-afr", Caller.Hr, Body());

        await TabCalls.ProblemAsync(response, HttpStatusCode.Conflict, "exists");
    }

    [Theory]
    [InlineData("9.9.9", 2, "framework.unknown-competency", "requiredLevels")]
    [InlineData("1.1.1", 9, "profile.level-out-of-scale", "requiredLevels")]
    public async Task Save_LevelsNotInTheFramework_Return400OnRequiredLevels(string code, int level, string rule, string field)
    {
        using var response = await _api.SendAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{Unique("profile")}", Caller.Hr, Body(levels: new() { [code] = level }), "fr-FR");
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal(rule, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Save_NegativeFteOrNoName_Returns400()
    {
        using var negative = await _api.SendAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{Unique("profile")}", Caller.Hr, Body(fteNow: -1));
        using var unnamed = await _api.SendAsync(HttpMethod.Put, $"/api/tab/hr/profiles/{Unique("profile")}", Caller.Hr, new { framework = new { frameworkId = "anap-afr", version = 1 } });

        await TabCalls.ProblemAsync(negative, HttpStatusCode.BadRequest, "profile.negative-fte");
        Assert.True((await TabCalls.ExpectAsync(unnamed, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _));
    }

    private async Task<List<System.Text.Json.JsonElement>> ListAsync()
    {
        var all = new List<System.Text.Json.JsonElement>();
        string? continuation = null;
        do
        {
            var page = await _api.JsonAsync(HttpMethod.Get, "/api/tab/hr/profiles" + (continuation is null ? "" : "?continuation=" + Uri.EscapeDataString(continuation)), Caller.Hr);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            continuation = page.GetProperty("continuation").GetString();
        }
        while (continuation is not null);
        return all;
    }

    private static object Body(Dictionary<string, int>? levels = null, string? version = null, double fteNow = 4) => new
    {
        name = new { fr = "Agent de facturation", en = "Billing agent" },
        framework = new { frameworkId = "anap-afr", version = 1 },
        requiredLevels = levels ?? new Dictionary<string, int> { ["1.1.1"] = 2 },
        fteNeeded = new { now = fteNow, atHorizon = 5.5 },
        fteNeededPerBlock = new Dictionary<string, object> { ["1.1"] = new { now = 2.5, atHorizon = 3 } },
        horizonDate = "2028-01-01",
        version,
    };
}
