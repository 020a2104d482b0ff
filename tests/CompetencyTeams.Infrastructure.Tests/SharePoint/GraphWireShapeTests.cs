using System.Text.Json.Nodes;
using CompetencyTeams.Infrastructure.SharePoint;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CompetencyTeams.Infrastructure.Tests.SharePoint;

/// <summary>
/// The exact wire shape of the provisioning requests, checked independently of our stand-in: WireMock plays Graph
/// with its documented answers and records what the real GraphServiceClient sent.
/// </summary>
public sealed class GraphWireShapeTests
{
    private const string SiteId = "contoso.sharepoint.com,5d2a0a9e-1111-4e6b-9a7c-000000000001,8f1c2b3d-2222-4a5b-8c9d-000000000002";

    private static IResponseBuilder Json() => Response.Create().WithHeader("Content-Type", "application/json");

    [Fact]
    public async Task ProvisionAsync_SendsSiteKeyEncodedAndListBodyInGraphsDocumentedShape()
    {
        using var graph = WireMockServer.Start();
        graph.Given(Request.Create().WithPath(new WildcardMatcher("/v1.0/sites/*/lists")).UsingGet()).AtPriority(1)
            .RespondWith(Json().WithStatusCode(200).WithBodyAsJson(new { value = Array.Empty<object>() }));
        graph.Given(Request.Create().WithPath(new WildcardMatcher("/v1.0/sites/*/lists")).UsingPost()).AtPriority(1)
            .RespondWith(Json().WithStatusCode(201).WithBodyAsJson(new { id = "list-1", displayName = "x" }));
        graph.Given(Request.Create().WithPath(new WildcardMatcher("/v1.0/sites/*")).UsingGet()).AtPriority(5)
            .RespondWith(Json().WithStatusCode(200).WithBodyAsJson(new { id = SiteId }));
        await using var services = GraphStandInHost.BuildAppServices(graph.Urls[0] + "/v1.0");

        await services.GetRequiredService<ISharePointListProvisioner>().ProvisionAsync(CancellationToken.None);

        var requests = graph.LogEntries.Select(e => e.RequestMessage).ToList();
        // The key travels as one segment: its slashes are percent-encoded (WireMock shows %3A decoded).
        Assert.Equal("/v1.0/sites/contoso.sharepoint.com:/sites/competences", requests[0].Path);
        Assert.Contains("contoso.sharepoint.com:%2Fsites%2Fcompetences", requests[0].AbsoluteUrl, StringComparison.Ordinal);
        Assert.Equal("Bearer " + LocalStandInCredential.Token, requests[0].Headers!["Authorization"].Single());
        Assert.Equal($"/v1.0/sites/{SiteId}/lists", requests[1].Path);
        var posts = requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(3, posts.Count);
        var body = JsonNode.Parse(posts[0].Body!)!.AsObject();
        Assert.Equal("Campaign summaries", (string?)body["displayName"]);
        Assert.Equal("genericList", (string?)body["list"]!["template"]);
        var columns = body["columns"]!.AsArray().ToDictionary(c => (string)c!["name"]!, c => c!.AsObject());
        Assert.True((bool?)columns["CtKey"]["indexed"]);
        Assert.False((bool?)columns["CtKey"]["text"]!["allowMultipleLines"]);
        Assert.Equal("none", (string?)columns["Headcount"]["number"]!["decimalPlaces"]);
        Assert.Equal(100, (double?)columns["ParticipationPercent"]["number"]!["maximum"]);
        Assert.Equal("dateTime", (string?)columns["PublishedAt"]["dateTime"]!["format"]);
        Assert.DoesNotContain(columns.Values, c => c.ContainsKey("personOrGroup"));
    }
}
