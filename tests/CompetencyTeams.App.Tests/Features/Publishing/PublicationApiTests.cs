extern alias devchannel;

using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Tests.Features.HrConsole;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.Campaigns;
using devchannel::CompetencyTeams.DevChannel.Graph;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.Publishing;

[Collection(PublishingApiCollection.Name)]
public sealed class PublicationApiTests(PublishingApiFixture fixture)
{
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task Provision_AsHr_CreatesTheListsOnceThenChangesNothing()
    {
        await _api.JsonAsync(HttpMethod.Post, "/api/tab/hr/sharepoint/provision", Caller.Hr);

        var again = await _api.JsonAsync(HttpMethod.Post, "/api/tab/hr/sharepoint/provision", Caller.Hr);

        Assert.False(again.GetProperty("changedAnything").GetBoolean());
        Assert.Empty(again.GetProperty("createdLists").EnumerateArray());
        lock (fixture.Graph.Gate)
        {
            var lists = fixture.Graph.Sites.Single(s => s.Path == "/sites/competences").Lists.Select(l => l.DisplayName).ToList();
            Assert.Contains("Campaign summaries", lists);
            Assert.Contains("Competency gaps", lists);
            Assert.Contains("Action plan", lists);
        }
    }

    [Fact]
    public async Task Publish_ManagerOfTheTeam_Returns202PendingThenTheStatusEndsDoneWithALinkAndTheItemIsWritten()
    {
        await ProvisionAsync();
        var campaign = await RunningCampaignAsync(TeamA);
        var path = $"/api/tab/campaigns/{campaign}/teams/{TeamA}/publication";

        using var response = await _api.SendAsync(HttpMethod.Post, path, Caller.ManagerA);
        var accepted = await TabCalls.ExpectAsync(response, HttpStatusCode.Accepted);
        var done = await WaitAsync(path, "done");

        Assert.Equal("pending", accepted.GetProperty("state").GetString());
        Assert.Equal(ManagerA, accepted.GetProperty("requestedBy").GetString());
        Assert.Equal(path, response.Headers.Location?.OriginalString);
        Assert.StartsWith("https://", done.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.True(done.GetProperty("itemsWritten").GetInt32() > 0);
        Assert.Single(fixture.Items("Campaign summaries"), i => (string?)i.Fields["CampaignId"] == campaign && (string?)i.Fields["TeamId"] == TeamA);
    }

    [Fact]
    public async Task Publish_GraphRefusesWithout403Permission_StatusFailsNamingThePermission()
    {
        await ProvisionAsync();
        var campaign = await RunningCampaignAsync(TeamB);
        var path = $"/api/tab/campaigns/{campaign}/teams/{TeamB}/publication";
        fixture.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, Status = 403, Count = 0 }] });
        try
        {
            await _api.JsonAsync(HttpMethod.Post, path, Caller.ManagerB, expected: HttpStatusCode.Accepted);
            var failed = await WaitAsync(path, "failed");

            Assert.False(failed.GetProperty("willRetry").GetBoolean());
            Assert.Contains("Sites.Selected", failed.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Faults.Apply(new GraphFaultPlan { Rules = [] });
        }
    }

    [Fact]
    public async Task Publish_WhileARecentRequestIsPending_Returns409()
    {
        var campaign = await RunningCampaignAsync(TeamB);
        await fixture.Service<PublicationStatusStore>().SaveAsync(
            new PublicationStatus(campaign, TeamB, PublicationState.Pending, "waiting") { RequestedBy = ManagerB, RequestedAt = DateTimeOffset.UtcNow }, null, CancellationToken.None);

        using var response = await _api.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{campaign}/teams/{TeamB}/publication", Caller.ManagerB, locale: "fr-FR");

        var detail = await TabCalls.ProblemAsync(response, HttpStatusCode.Conflict, "publication.pending");
        Assert.StartsWith("Une publication de cette équipe est déjà en attente", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_DraftCampaign_Returns409NotLaunched()
    {
        var draft = HrTestData.Unique("draft");
        await _api.JsonAsync(HttpMethod.Post, "/api/tab/hr/campaigns", Caller.Hr, HrTestData.Draft(draft, []), HttpStatusCode.Created);

        using var response = await _api.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{draft}/teams/{TeamA}/publication", Caller.ManagerA);

        await TabCalls.ProblemAsync(response, HttpStatusCode.Conflict, "campaign.not-launched");
    }

    [Fact]
    public async Task Publish_UnknownCampaignOrTeamNotInIt_Returns404()
    {
        var campaign = await RunningCampaignAsync(TeamA);

        using var unknown = await _api.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/nope/teams/{TeamA}/publication", Caller.Hr);
        using var notIn = await _api.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{campaign}/teams/{TeamB}/publication", Caller.Hr);

        await TabCalls.ProblemAsync(unknown, HttpStatusCode.NotFound, "not-found");
        await TabCalls.ProblemAsync(notIn, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Status_NeverRequested_IsNone()
    {
        var campaign = await RunningCampaignAsync(TeamA);

        var status = await _api.JsonAsync(HttpMethod.Get, $"/api/tab/campaigns/{campaign}/teams/{TeamA}/publication", Caller.ManagerA);

        Assert.Equal("none", status.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("link").ValueKind);
    }

    [Fact]
    public async Task CloseNow_PublishesEveryTeamOfTheCampaignToSharePoint()
    {
        await ProvisionAsync();
        var campaign = await RunningCampaignAsync(TeamA, TeamB);

        var closed = await _api.JsonAsync(HttpMethod.Post, $"/api/tab/hr/campaigns/{campaign}/close-now", Caller.Hr);
        var a = await WaitAsync($"/api/tab/campaigns/{campaign}/teams/{TeamA}/publication", "done");
        var b = await WaitAsync($"/api/tab/campaigns/{campaign}/teams/{TeamB}/publication", "done");

        Assert.Equal("Closed", closed.GetProperty("campaign").GetProperty("state").GetString());
        Assert.Equal(SummaryPublicationService.CampaignClosedRequester, a.GetProperty("requestedBy").GetString());
        Assert.Equal(SummaryPublicationService.CampaignClosedRequester, b.GetProperty("requestedBy").GetString());
        Assert.Equal(2, fixture.Items("Campaign summaries").Count(i => (string?)i.Fields["CampaignId"] == campaign));
    }

    public static TheoryData<Caller, bool> Matrix() => new()
    {
        { Caller.Agent, false },
        { Caller.ManagerA, true },
        { Caller.ManagerB, false },
        { Caller.Hr, true },
        { Caller.Nobody, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task PublishAndStatus_Caller_OnlyTheTeamsManagerAndHr(Caller caller, bool allowed)
    {
        var campaign = await RunningCampaignAsync(TeamA);
        var path = $"/api/tab/campaigns/{campaign}/teams/{TeamA}/publication";

        using var publish = await _api.SendAsync(HttpMethod.Post, path, caller);
        using var status = await _api.SendAsync(HttpMethod.Get, path, caller);

        Assert.Equal(allowed ? HttpStatusCode.Accepted : HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, status.StatusCode);
    }

    [Theory]
    [InlineData(Caller.Agent, HttpStatusCode.Forbidden)]
    [InlineData(Caller.ManagerA, HttpStatusCode.Forbidden)]
    [InlineData(Caller.ManagerB, HttpStatusCode.Forbidden)]
    [InlineData(Caller.Hr, HttpStatusCode.OK)]
    [InlineData(Caller.Nobody, HttpStatusCode.Forbidden)]
    public async Task Provision_Caller_OnlyHr(Caller caller, HttpStatusCode expected)
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "/api/tab/hr/sharepoint/provision", caller);

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task ProvisionAsync() => await _api.JsonAsync(HttpMethod.Post, "/api/tab/hr/sharepoint/provision", Caller.Hr);

    /// <summary>A running campaign of its own whose frozen audience is the agents of the given teams.</summary>
    private async Task<string> RunningCampaignAsync(params string[] teams)
    {
        var campaign = QuestionnaireTestData.RunningNow(HrTestData.Unique("pub"), timeShares: false);
        await fixture.Service<ICampaignRepository>().SaveAsync(campaign, null, CancellationToken.None);
        var agents = new[] { (AgentA1, TeamA, ManagerA), (AgentA2, TeamA, ManagerA), (AgentA3, TeamA, ManagerA), (AgentB1, TeamB, ManagerB) }.Where(a => teams.Contains(a.Item2));
        await fixture.Service<IAssignmentRepository>().AddMissingAsync(
            campaign.Id, [.. agents.Select(a => Assignment.Create(campaign.Id, a.Item1, a.Item2, a.Item3, "profile-afr"))], CancellationToken.None);
        return campaign.Id;
    }

    private async Task<JsonElement> WaitAsync(string path, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = await _api.JsonAsync(HttpMethod.Get, path, Caller.Hr);
            if (status.GetProperty("state").GetString() == state)
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} never reached {state}; last: {status}");
            await Task.Delay(100);
        }
    }
}
