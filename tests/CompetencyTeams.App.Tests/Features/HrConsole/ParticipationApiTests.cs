using System.Net;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

[Collection(TabApiCollection.Name)]
public sealed class ParticipationApiTests(TabApiFixture fixture)
{
    private static readonly string Report = $"/api/tab/hr/campaigns/{CampaignId}/participation";
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task Get_CountsEveryPersonOnceAndListsThemWithTheirNames()
    {
        var report = await _api.JsonAsync(HttpMethod.Get, Report, Caller.Hr);

        var byState = report.GetProperty("byState").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(4, report.GetProperty("total").GetInt32());
        Assert.Equal(4, byState.Values.Sum());
        Assert.Equal(8, byState.Count);
        Assert.Equal(4, byState["Submitted"] + byState["Validated"]);
        var people = report.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, people.Count);
        Assert.Contains(people, p => p.GetProperty("personId").GetString() == AgentB1 && p.GetProperty("displayName").GetString() == "Person b1");
        Assert.Equal(JsonNull, report.GetProperty("continuation").ValueKind);
    }

    [Fact]
    public async Task Get_FilteredByTeamAndPaged_ReturnsTheMatchingPeopleAcrossPages()
    {
        var first = await _api.JsonAsync(HttpMethod.Get, $"{Report}?teamId={TeamA}&pageSize=2", Caller.Hr);
        var next = first.GetProperty("continuation").GetString();
        var second = await _api.JsonAsync(HttpMethod.Get, $"{Report}?teamId={TeamA}&pageSize=2&continuation={next}", Caller.Hr);

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("personId").GetString()).ToList();
        Assert.Equal(3, first.GetProperty("matching").GetInt32());
        Assert.Equal(4, first.GetProperty("total").GetInt32());
        Assert.Equal(TeamAAgents.Order(), ids.Order());
        Assert.Equal(JsonNull, second.GetProperty("continuation").ValueKind);
    }

    [Fact]
    public async Task Get_FilteredByAStateNobodyIsIn_ReturnsNoPeopleButTheCounts()
    {
        var report = await _api.JsonAsync(HttpMethod.Get, $"{Report}?state=failed", Caller.Hr);

        Assert.Empty(report.GetProperty("items").EnumerateArray());
        Assert.Equal(0, report.GetProperty("matching").GetInt32());
        Assert.Equal(4, report.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("state=Lost", "state")]
    [InlineData("failureReason=Aliens", "failureReason")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("continuation=abc", "continuation")]
    public async Task Get_BadFilter_Returns400NamingIt(string query, string field)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"{Report}?{query}", Caller.Hr, locale: "fr-FR");
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Get_UnknownCampaign_Returns404()
    {
        using var response = await _api.SendAsync(HttpMethod.Get, "/api/tab/hr/campaigns/nope/participation", Caller.Hr);

        await TabCalls.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;
}
