extern alias devchannel;

using CompetencyTeams.App.Features.DemoSeed;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Tests.Features.Delivery;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.App.Tests.Features.Summaries;
using CompetencyTeams.Infrastructure.SharePoint;
using devchannel::CompetencyTeams.DevChannel.Graph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// The App process SIGKILLed while its queue worker writes team summaries to SharePoint (the DevChannel's Graph
/// stand-in), then started again: every requested publication ends done, and each list holds each item once — the
/// team cut mid-write is finished by the restarted worker, which finds the items already written instead of adding more.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PublicationKillTests(QuestionnaireFlowFixture fixture, ITestOutputHelper output)
{
    private const string Campaign = DemoCampaigns.ClosedId;

    /// <summary>
    /// Batch steps written before one is refused with 503 and a Retry-After that holds the worker mid-publication: the
    /// demo's closed campaign writes about 64 items over 4 teams, so the first hold lands in the third or fourth team;
    /// a later one lands in the rewrite of the team cut before.
    /// </summary>
    private static int StepsBeforeTheHold(int kill) => kill == 1 ? 40 : 3;

    private static readonly string[] Lists = ["Campaign summaries", "Competency gaps", "Action plan"];

    [Fact]
    public Task Publication_HostKilledMidWrite_EveryTeamDoneWithEachItemOnce() => KillWhilePublishingAsync(kills: 1);

    [LongFact]
    public Task Publication_HostKilledTwiceMidWrite_EveryTeamDoneWithEachItemOnce() => KillWhilePublishingAsync(kills: 2);

    private async Task KillWhilePublishingAsync(int kills)
    {
        var graph = await SummariesHost.StartGraphAsync();
        await using var stopGraph = graph;
        var store = graph.Services.GetRequiredService<GraphStore>();
        var log = graph.Services.GetRequiredService<GraphRequestLog>();
        var faults = graph.Services.GetRequiredService<GraphFaultInjector>();
        var settings = RestartableApp.Settings(fixture.DevChannel, fixture.Azurite.ConnectionString, fixture.Azurite.NewPrefix());
        foreach (var (key, value) in PublicationHarness.SharePointSettings(graph.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()))
        {
            settings[key] = value;
        }

        await using var harness = await PublicationHarness.SeedAndProvisionAsync(settings);
        await using var app = await RestartableApp.StartAsync(settings);
        var teams = await harness.Publications.RequestCampaignPublicationAsync(Campaign);
        var cut = new List<string>();
        for (var kill = 1; kill <= kills; kill++)
        {
            log.Clear();
            faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, PathContains = "/items", Status = 503, RetryAfterSeconds = 5, Skip = StepsBeforeTheHold(kill), Count = 1 }] });
            await WaitAsync(() => Task.FromResult(log.Entries.Any(e => e.BatchStepId is not null && e.Status == 503)), app, $"the held batch step before kill {kill}");
            await app.KillAsync();
            cut.AddRange(await PartlyWrittenAsync(harness, store, teams));
            faults.Apply(GraphFaultPlan.None);
            await app.RestartAsync();
        }

        var started = TimeProvider.System.GetUtcNow();
        await WaitAsync(async () => (await harness.Publications.ListPublicationStatusAsync(Campaign)).All(s => s.State == PublicationState.Done), app, "every publication done");
        var statuses = await harness.Publications.ListPublicationStatusAsync(Campaign);
        var items = Lists.ToDictionary(l => l, l => Items(store, l));
        output.WriteLine(
            $"{teams.Count} teams, {kills} kill(s) mid-write; cut with items written but not done: [{string.Join(", ", cut)}]; " +
            $"all done {(TimeProvider.System.GetUtcNow() - started).TotalSeconds:F1} s after the last restart; items: {string.Join(", ", items.Select(i => $"{i.Key} {i.Value.Count}"))}.");

        Assert.NotEmpty(cut);
        Assert.Equal(teams.Order(StringComparer.Ordinal), statuses.Select(s => s.TeamId).Order(StringComparer.Ordinal));
        Assert.All(statuses, s => Assert.False(string.IsNullOrEmpty(s.ItemUrl), $"{s.TeamId} done without a link"));
        Assert.Equal(teams.Order(StringComparer.Ordinal), items["Campaign summaries"].Select(i => (string?)i.Fields["TeamId"]).Order(StringComparer.Ordinal));
        Assert.All(items, list => Assert.Empty(list.Value.GroupBy(i => (string?)i.Fields[SharePointListSchemas.KeyColumn]).Where(g => g.Count() > 1).Select(g => $"{list.Key}: {g.Key} ×{g.Count()}")));
    }

    /// <summary>Teams whose items are (partly) in the lists while their publication is not done: what the kill left behind.</summary>
    private static async Task<IReadOnlyList<string>> PartlyWrittenAsync(PublicationHarness harness, GraphStore store, IReadOnlyList<string> teams)
    {
        var statuses = (await harness.Publications.ListPublicationStatusAsync(Campaign)).ToDictionary(s => s.TeamId, StringComparer.Ordinal);
        var written = Lists.SelectMany(l => Items(store, l)).Select(i => (string?)i.Fields["TeamId"]).ToHashSet(StringComparer.Ordinal);
        return [.. teams.Where(t => written.Contains(t) && statuses[t].State != PublicationState.Done)];
    }

    private static List<ItemEntry> Items(GraphStore store, string listName)
    {
        lock (store.Gate)
        {
            return [.. store.Sites.Single(s => s.Path == SummariesHost.SitePath).Lists.Single(l => l.DisplayName == listName).Items];
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> done, RestartableApp app, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(75);
        while (!await done())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Timed out waiting for {what}:\n{app.Output}");
            await Task.Delay(50);
        }
    }
}
