extern alias devchannel;

using CompetencyTeams.App.Features.DemoSeed;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.TestSupport.Storage;
using devchannel::CompetencyTeams.DevChannel.Graph;

namespace CompetencyTeams.App.Tests.Features.Summaries;

[Collection(AzuriteCollection.Name)]
public sealed class SummaryPublicationTests(AzuriteFixture azurite)
{
    private const string Campaign = DemoCampaigns.ClosedId;
    private const string Team = "facturation";

    [Fact]
    public async Task RequestPublicationAsync_ClosedCampaignTeam_EndsDoneWithTheSummaryGapsAndActionsInTheLists()
    {
        await using var host = await SummariesHost.StartAsync(azurite);
        await host.SeedAndProvisionAsync();

        var pending = await host.Publications.RequestPublicationAsync(Campaign, Team, "manager-1");
        var done = await host.WaitForAsync(Campaign, Team, s => s.State == PublicationState.Done);

        Assert.Equal(PublicationState.Pending, pending.State);
        Assert.Equal(pending.RequestId, done.RequestId);
        Assert.False(string.IsNullOrEmpty(done.ItemUrl));
        var summary = Assert.Single(host.Items("Campaign summaries"));
        Assert.Equal("Arthur Michel", (string?)summary.Fields["ManagerName"]);
        Assert.Equal("https://app.example.com/tab/campaigns/demo-campagne-precedente/teams/facturation", (string?)summary.Fields["TabLink"]);
        var required = (await host.Service<TeamSummaryService>().ComputeAsync(Campaign, Team, CancellationToken.None)).Summary.Competencies.Count;
        Assert.Equal(required, host.Items("Competency gaps").Count);
        var plan = (await host.Service<IActionPlanRepository>().GetAsync(Campaign, Team, CancellationToken.None))!.Value;
        Assert.Equal(plan.Actions.Count, host.Items("Action plan").Count);
        Assert.NotEmpty(plan.Actions);
    }

    [Fact]
    public async Task RequestPublicationAsync_Republished_LeavesTheSameItems()
    {
        await using var host = await SummariesHost.StartAsync(azurite);
        await host.SeedAndProvisionAsync();
        await host.Publications.RequestPublicationAsync(Campaign, Team, "manager-1");
        await host.WaitForAsync(Campaign, Team, s => s.State == PublicationState.Done);
        var first = Snapshot(host);

        var again = await host.Publications.RequestPublicationAsync(Campaign, Team, "manager-1");
        await host.WaitForAsync(Campaign, Team, s => s.State == PublicationState.Done && s.RequestId == again.RequestId);

        Assert.Equal(first, Snapshot(host));
    }

    [Fact]
    public async Task RequestPublicationAsync_Graph503_RecordsFailedThenRetriesToDone()
    {
        await using var host = await SummariesHost.StartAsync(azurite);
        await host.SeedAndProvisionAsync();
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.Request, PathContains = "/sites/", Status = 503, Count = 1 }] });

        await host.Publications.RequestPublicationAsync(Campaign, Team, "manager-1");
        var failed = await host.WaitForAsync(Campaign, Team, s => s.State == PublicationState.Failed);
        var done = await host.WaitForAsync(Campaign, Team, s => s.State == PublicationState.Done);

        Assert.True(failed.WillRetry);
        Assert.Contains("503", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal(2, done.Attempts);
        Assert.Null(done.FailureReason);
        Assert.Single(host.Items("Campaign summaries"));
        Assert.Contains(host.Log.Entries, e => e.Status == 503);
    }

    [Fact]
    public async Task RequestPublicationAsync_Graph403_FailsForGoodNamingThePermission()
    {
        await using var host = await SummariesHost.StartAsync(azurite);
        await host.SeedAndProvisionAsync();
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, Status = 403, Count = 0 }] });

        await host.Publications.RequestPublicationAsync(Campaign, Team, "manager-1");
        var failed = await host.WaitForAsync(Campaign, Team, s => s.State == PublicationState.Failed);

        Assert.False(failed.WillRetry);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("Sites.Selected with a 'write' grant", failed.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestCampaignPublicationAsync_ClosedCampaign_PublishesEveryTeam()
    {
        await using var host = await SummariesHost.StartAsync(azurite);
        await host.SeedAndProvisionAsync();

        var teams = await host.Publications.RequestCampaignPublicationAsync(Campaign);
        foreach (var team in teams)
        {
            await host.WaitForAsync(Campaign, team, s => s.State == PublicationState.Done);
        }

        Assert.Equal(["accueil", "consultations", "facturation", "recouvrement"], teams);
        Assert.Equal(4, host.Items("Campaign summaries").Count);
    }

    [Fact]
    public async Task RequestPublicationAsync_SharePointNotConfigured_RecordsFailedWithTheReason()
    {
        await using var host = await SummariesHost.StartAsync(azurite, withSharePoint: false);

        var status = await host.Publications.RequestPublicationAsync(Campaign, Team, "manager-1");

        Assert.Equal(PublicationState.Failed, status.State);
        Assert.Contains("SharePoint:SiteHostname", status.FailureReason, StringComparison.Ordinal);
        Assert.Equal(PublicationState.Failed, (await host.Publications.GetPublicationStatusAsync(Campaign, Team))!.State);
    }

    private static string Snapshot(SummariesHost host) =>
        string.Join(
            "\n",
            new[] { "Campaign summaries", "Competency gaps", "Action plan" }.SelectMany(list => host.Items(list).Select(i => $"{list}:{i.Id}").Order(StringComparer.Ordinal)));
}
