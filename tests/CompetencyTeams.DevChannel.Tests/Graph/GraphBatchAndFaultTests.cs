using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Graph;

namespace CompetencyTeams.DevChannel.Tests.Graph;

public sealed class GraphBatchAndFaultTests
{
    [Fact]
    public async Task Batch_MixedSteps_AnswersEachStepAndTheBatch200()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var (siteId, listId) = await GraphItemTests.SeedAsync(server);
        var items = $"/sites/{siteId}/lists/{listId}/items";

        var response = await server.Client.PostAsJsonAsync("/v1.0/$batch", new JsonObject
        {
            ["requests"] = new JsonArray(
                Step("1", "POST", items, new JsonObject { ["fields"] = new JsonObject { ["Title"] = "new", ["Code"] = "C9" } }),
                Step("2", "PATCH", items + "/1/fields", new JsonObject { ["Score"] = 9 }),
                Step("3", "POST", items, new JsonObject { ["fields"] = new JsonObject { ["Bogus"] = 1 } }),
                Step("4", "PATCH", items + "/2/fields", new JsonObject { ["Score"] = 1 }, dependsOn: "3"),
                new JsonObject { ["id"] = "5", ["method"] = "POST", ["url"] = items, ["body"] = new JsonObject { ["fields"] = new JsonObject() } }),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = (await response.Content.ReadFromJsonAsync<JsonObject>())!["responses"]!.AsArray().ToDictionary(s => (string)s!["id"]!, s => (int)s!["status"]!);
        Assert.Equal(new Dictionary<string, int> { ["1"] = 201, ["2"] = 200, ["3"] = 400, ["4"] = 424, ["5"] = 400 }, steps);
        Assert.Equal(5, server.Log.Entries.Count(e => e.BatchStepId is not null) + 2);
    }

    [Fact]
    public async Task Batch_MoreThan20Steps_IsRefused()
    {
        await using var server = await GraphStandInServer.StartAsync();

        var response = await server.Client.PostAsJsonAsync("/v1.0/$batch", new JsonObject
        {
            ["requests"] = new JsonArray([.. Enumerable.Range(1, 21).Select(i => Step(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "GET", "/users/x"))]),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Faults_ScriptedStepThrottle_AnswersThoseSteps429WithRetryAfter()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var (siteId, listId) = await GraphItemTests.SeedAsync(server);
        var plan = new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, Method = "PATCH", Status = 429, RetryAfterSeconds = 3, Skip = 1, Count = 1 }] };
        (await server.Client.PostAsJsonAsync("/devchannel/graph/faults", plan)).EnsureSuccessStatusCode();

        var response = await server.Client.PostAsJsonAsync("/v1.0/$batch", new JsonObject
        {
            ["requests"] = new JsonArray([.. Enumerable.Range(1, 3).Select(i => Step($"{i}", "PATCH", $"/sites/{siteId}/lists/{listId}/items/{i}/fields", new JsonObject { ["Score"] = 7 }))]),
        });

        var steps = (await response.Content.ReadFromJsonAsync<JsonObject>())!["responses"]!.AsArray();
        Assert.Equal([200, 429, 200], steps.Select(s => (int)s!["status"]!));
        Assert.Equal("3", (string?)steps[1]!["headers"]!["Retry-After"]);
        Assert.Equal("TooManyRequests", (string?)steps[1]!["body"]!["error"]!["code"]);
    }

    [Fact]
    public async Task Faults_RequestScoped503And403_AreServedInODataShape()
    {
        await using var server = await GraphStandInServer.StartAsync();
        var plan = new GraphFaultPlan
        {
            Rules =
            [
                new GraphFaultRule { Scope = GraphFaultScope.Request, PathContains = "/sites/", Status = 503, RetryAfterSeconds = 0, Count = 1 },
                new GraphFaultRule { Scope = GraphFaultScope.Request, PathContains = "/sites/", Status = 403, Count = 1 },
            ],
        };
        (await server.Client.PostAsJsonAsync("/devchannel/graph/faults", plan)).EnsureSuccessStatusCode();
        var url = "/v1.0/sites/" + Uri.EscapeDataString(GraphStandInServer.SiteKey);

        var unavailable = await server.Client.GetAsync(url);
        var forbidden = await server.Client.GetAsync(url);
        var fine = await server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal("0", unavailable.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("accessDenied", (string?)(await forbidden.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        var log = await server.Client.GetFromJsonAsync<JsonArray>("/devchannel/graph/requests");
        Assert.Equal([503, 403, 200], log!.Where(e => ((string?)e!["path"])!.StartsWith("/sites", StringComparison.Ordinal)).Select(e => (int)e!["status"]!));
    }

    private static JsonObject Step(string id, string method, string url, JsonObject? body = null, string? dependsOn = null)
    {
        var step = new JsonObject { ["id"] = id, ["method"] = method, ["url"] = url };
        if (body is not null)
        {
            step["body"] = body;
            step["headers"] = new JsonObject { ["Content-Type"] = "application/json" };
        }

        if (dependsOn is not null)
        {
            step["dependsOn"] = new JsonArray(dependsOn);
        }

        return step;
    }
}
