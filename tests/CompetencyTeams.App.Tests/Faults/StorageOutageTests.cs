using CompetencyTeams.App.Tests.Features.Campaigns;
using CompetencyTeams.App.Tests.Features.Delivery;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.TestSupport.Storage;
using Xunit.Abstractions;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// Storage (an Azurite of this test's own, persistent, so it can be stopped and started again on the same ports and
/// data) taken away for 10 s while agents answer: nothing acknowledged is lost, every failed answer was told "not
/// saved, try again" in the agent's language with the inputs kept on the card, and the retry after storage is back is saved.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class StorageOutageTests(QuestionnaireFlowFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly AgentPacing Pacing = new(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(1));

    [Fact]
    public Task StorageStopped10s_100AgentsAnswering_NothingAcknowledgedLostAndFailuresToldThenSaved() => OutagesAsync(agents: 100, outages: 1);

    [LongFact]
    public Task StorageStopped10sThreeTimes_300AgentsAnswering_NothingAcknowledgedLostAndFailuresToldThenSaved() => OutagesAsync(agents: 300, outages: 3);

    private async Task OutagesAsync(int agents, int outages)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var azurite = await AzuriteInstance.StartAsync(persistent: true);
        var prefix = fixture.Azurite.NewPrefix();
        await using var harness = await CampaignHarness.StartAsync(azurite.ConnectionString, prefix, TimeProvider.System);
        var campaign = await AnsweringCampaign.SeedAsync(harness, "outage", agents);
        await using var app = await RestartableApp.StartAsync(RestartableApp.Settings(fixture.DevChannel, azurite.ConnectionString, prefix));
        var answering = new AnsweringAgents(campaign, fixture.DevChannel, app.Address, Pacing);

        var ready = clock.Elapsed;
        var run = answering.RunAsync(TimeSpan.FromSeconds(60 + (outages * 20)));
        for (var outage = 1; outage <= outages; outage++)
        {
            var target = answering.TotalAnswers * outage / (outages + 3);
            while (answering.Figures.Acknowledged < target && !run.IsCompleted)
            {
                await Task.Delay(10);
            }

            Assert.False(run.IsCompleted, $"The agents finished before outage {outage}: {answering.Figures.Describe(-1)}");
            var stopping = clock.Elapsed;
            await azurite.StopAsync();
            var stopped = clock.Elapsed;
            await Task.Delay(Outage);
            await azurite.StartAgainAsync();
            output.WriteLine($"outage {outage}: stop asked at {stopping.TotalSeconds:F1} s, down at {stopped.TotalSeconds:F1} s, back at {clock.Elapsed.TotalSeconds:F1} s");
        }

        await run;
        output.WriteLine($"ready at {ready.TotalSeconds:F1} s, every answer saved at {clock.Elapsed.TotalSeconds:F1} s");
        var stored = await campaign.StoredAsync(harness);
        var lost = answering.Lost(stored);
        var figures = answering.Figures;
        output.WriteLine($"{agents} agents, {outages} storage outage(s) of {Outage.TotalSeconds} s: {figures.Describe(lost.Count)}");

        Assert.Empty(lost);
        Assert.Equal(answering.TotalAnswers, figures.Acknowledged);
        Assert.True(figures.Told > 0, "No answer was told 'not saved': the outage did not land while the agents were answering.");
        Assert.Equal(0, figures.Untold);
        Assert.Equal(0, figures.ToldInWrongLanguage);
        Assert.Equal(0, figures.RetryDataChanged);
        Assert.Equal(agents, stored.Count);
    }
}
