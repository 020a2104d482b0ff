using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.ActionPlans;

[Collection(TabApiCollection.Name)]
public sealed class ActionPlanApiTests(TabApiFixture fixture)
{
    private static readonly string Plan = $"/api/tab/campaigns/{CampaignId}/teams/{TeamB}/action-plan";

    [Fact]
    public async Task AddAction_FromProposal_KeepsTheRuleAndMarksTheProposalAccepted()
    {
        var token = fixture.DevChannel.Token(ManagerB);
        var proposal = (await GetAsync(token)).GetProperty("proposals")[0];
        var key = proposal.GetProperty("key").GetString();

        using var added = await fixture.SendAsync(HttpMethod.Post, Plan + "/actions", token, new { proposalKey = key, dueDate = "2027-03-31" });
        var after = await GetAsync(token);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var action = after.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("proposedByRule").GetString() == proposal.GetProperty("proposal").GetProperty("ruleCode").GetString()
            && a.GetProperty("competencyCode").GetString() == proposal.GetProperty("proposal").GetProperty("competencyCode").GetString());
        Assert.Equal(ManagerB, action.GetProperty("ownerId").GetString());
        Assert.Equal("Planned", action.GetProperty("status").GetString());
        Assert.True(after.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("key").GetString() == key).GetProperty("accepted").GetBoolean());
    }

    [Fact]
    public async Task EditAction_StatusAndOwner_AreSaved()
    {
        var token = fixture.DevChannel.Token(ManagerB);
        using var added = await fixture.SendAsync(HttpMethod.Post, Plan + "/actions", token, new { lever = "Recruitment", reason = "Recruter un agent", ownerId = Hr });
        var id = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("plan").GetProperty("actions").EnumerateArray().Last().GetProperty("id").GetString();

        using var edited = await fixture.SendAsync(HttpMethod.Put, $"{Plan}/actions/{id}", token, new { status = "Done", ownerId = ManagerB });
        var action = (await GetAsync(token)).GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("Done", action.GetProperty("status").GetString());
        Assert.Equal(ManagerB, action.GetProperty("ownerId").GetString());
    }

    [Fact]
    public async Task AddAction_UnknownProposalKey_Returns400()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, Plan + "/actions", fixture.DevChannel.Token(ManagerB), new { proposalKey = "0000000000000000" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AddAction_EmptyReason_Returns400()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, Plan + "/actions", fixture.DevChannel.Token(ManagerB), new { lever = "Training", reason = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EditAction_UnknownAction_Returns404()
    {
        using var response = await fixture.SendAsync(HttpMethod.Put, $"{Plan}/actions/nope", fixture.DevChannel.Token(ManagerB), new { status = "Done" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonElement> GetAsync(string token)
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, Plan, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
