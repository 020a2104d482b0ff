using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

[Collection(TabApiCollection.Name)]
public sealed class VisibleCampaignsApiTests(TabApiFixture fixture)
{
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Theory]
    [InlineData(Caller.ManagerA, TeamA)]
    [InlineData(Caller.ManagerB, TeamB)]
    public async Task List_Manager_SeesTheCampaignWithTheirOwnTeamOnly(Caller caller, string team)
    {
        var campaign = await FindAsync(caller);

        Assert.NotNull(campaign);
        Assert.Equal([team], campaign.Value.GetProperty("managedTeamIds").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Running", campaign.Value.GetProperty("state").GetString());
        Assert.Equal("anap-afr", campaign.Value.GetProperty("framework").GetProperty("frameworkId").GetString());
    }

    [Fact]
    public async Task List_Agent_SeesTheCampaignTheyAreInWithNoTeam()
    {
        var campaign = await FindAsync(Caller.Agent);

        Assert.NotNull(campaign);
        Assert.Empty(campaign.Value.GetProperty("managedTeamIds").EnumerateArray());
    }

    [Fact]
    public async Task List_Hr_SeesEveryCampaignIncludingDrafts()
    {
        var id = HrTestData.Unique("camp");
        await _api.JsonAsync(HttpMethod.Post, "/api/tab/hr/campaigns", Caller.Hr, HrTestData.Draft(id, []), System.Net.HttpStatusCode.Created);

        var all = new List<System.Text.Json.JsonElement>();
        string? continuation = null;
        do
        {
            var page = await _api.JsonAsync(HttpMethod.Get, "/api/tab/campaigns" + (continuation is null ? "" : "?continuation=" + Uri.EscapeDataString(continuation)), Caller.Hr);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            continuation = page.GetProperty("continuation").GetString();
        }
        while (continuation is not null);

        Assert.Contains(all, c => c.GetProperty("id").GetString() == CampaignId);
        Assert.Contains(all, c => c.GetProperty("id").GetString() == id && c.GetProperty("state").GetString() == "Draft");
    }

    [Fact]
    public async Task List_UserWithNoRoleNoReportsNoCampaign_GetsAnEmptyList()
    {
        var list = await _api.JsonAsync(HttpMethod.Get, "/api/tab/campaigns", Caller.Nobody);

        Assert.Empty(list.GetProperty("items").EnumerateArray());
    }

    private async Task<System.Text.Json.JsonElement?> FindAsync(Caller caller)
    {
        var list = await _api.JsonAsync(HttpMethod.Get, "/api/tab/campaigns", caller);
        return list.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("id").GetString() == CampaignId).Cast<System.Text.Json.JsonElement?>().FirstOrDefault();
    }
}
