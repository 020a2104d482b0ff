using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.Dashboards;

[Collection(TabApiCollection.Name)]
public sealed class DashboardApiTests(TabApiFixture fixture)
{
    private static readonly string Campaign = $"/api/tab/campaigns/{CampaignId}";

    [Fact]
    public async Task TeamDashboard_ManagerOfTeam_ListsOnlyTheTeamGroupedByBlockWithFigures()
    {
        var dashboard = await GetAsync($"{Campaign}/teams/{TeamA}/dashboard", fixture.DevChannel.Token(ManagerA));

        var people = dashboard.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetString()).ToList();
        Assert.Equal(TeamAAgents.Order(), people.Order());
        Assert.Equal(3, dashboard.GetProperty("headcount").GetInt32());
        var columns = dashboard.GetProperty("blocks").EnumerateArray().Sum(b => b.GetProperty("competencies").GetArrayLength());
        Assert.All(dashboard.GetProperty("people").EnumerateArray(), row => Assert.Equal(columns, row.GetProperty("cells").GetArrayLength()));
        Assert.True(dashboard.GetProperty("coverage").GetArrayLength() > 0);
        Assert.Contains(dashboard.GetProperty("fteByProfile").EnumerateArray(), f => f.GetProperty("key").GetString() == "profile-afr");
    }

    [Fact]
    public async Task TeamDashboard_BlockFilter_ShowsOnlyThatBlock()
    {
        var dashboard = await GetAsync($"{Campaign}/teams/{TeamA}/dashboard?block=1.1", fixture.DevChannel.Token(ManagerA));

        var blocks = dashboard.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("code").GetString()).ToList();
        Assert.Equal(["1.1"], blocks);
    }

    [Fact]
    public async Task TeamDashboard_UnknownBlock_Returns400()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, $"{Campaign}/teams/{TeamA}/dashboard?block=9.9", fixture.DevChannel.Token(ManagerA));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TeamDashboard_UnknownCampaign_Returns404ProblemDetails()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/campaigns/nope/teams/{TeamA}/dashboard", fixture.DevChannel.Token(ManagerA));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PersonView_Self_ShowsSelfLevelsAndBlockComments()
    {
        var view = await GetAsync($"{Campaign}/people/{AgentA1}", fixture.DevChannel.Token(AgentA1));

        var firstBlock = view.GetProperty("blocks")[0];
        Assert.StartsWith("Commentaire", firstBlock.GetProperty("selfComment").GetString(), StringComparison.Ordinal);
        Assert.All(firstBlock.GetProperty("competencies").EnumerateArray(), c => Assert.NotNull(c.GetProperty("self").GetString()));
        Assert.Contains(view.GetProperty("history").EnumerateArray(), h => h.GetProperty("campaignId").GetString() == CampaignId);
    }

    [Fact]
    public async Task OrganisationMap_Hr_FlagsTeamsBelowTheSmallGroupThreshold()
    {
        var map = await GetAsync($"{Campaign}/organisation", fixture.DevChannel.Token(Hr, HrRole));

        var teams = map.GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("teamId").GetString()!, t => t.GetProperty("isSmallGroup").GetBoolean());
        Assert.False(teams[TeamA]);
        Assert.True(teams[TeamB]);
        Assert.Equal(4, map.GetProperty("headcount").GetInt32());
    }

    private async Task<JsonElement> GetAsync(string path, string token)
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, path, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
