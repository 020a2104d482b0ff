using CompetencyTeams.App.Tests.Features.Campaigns;
using CompetencyTeams.App.Tests.Features.Delivery;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using Xunit.Abstractions;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// The App process SIGKILLed while agents answer concurrently, then started again on the same address: every answer
/// that was acknowledged is in storage, the clicks cut by the kill are sent again and saved, and each agent has one
/// assessment holding exactly what they sent.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class IngestionKillTests(QuestionnaireFlowFixture fixture, ITestOutputHelper output)
{
    private static readonly AgentPacing Pacing = new(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(250));

    [Fact]
    public Task Ingestion_HostKilledMidway_AcknowledgedAnswersKeptAndCutClicksSavedWhenResent() => KillWhileAnsweringAsync(agents: 60, kills: 1);

    [LongFact]
    public Task Ingestion_HostKilledThreeTimes_AcknowledgedAnswersKeptAndCutClicksSavedWhenResent() => KillWhileAnsweringAsync(agents: 200, kills: 3);

    private async Task KillWhileAnsweringAsync(int agents, int kills)
    {
        var prefix = fixture.Azurite.NewPrefix();
        await using var harness = await CampaignHarness.StartAsync(fixture.Azurite.ConnectionString, prefix, TimeProvider.System);
        var campaign = await AnsweringCampaign.SeedAsync(harness, "kill-ingestion", agents);
        await using var app = await RestartableApp.StartAsync(RestartableApp.Settings(fixture.DevChannel, fixture.Azurite.ConnectionString, prefix));
        var answering = new AnsweringAgents(campaign, fixture.DevChannel, app.Address, Pacing);

        var run = answering.RunAsync(TimeSpan.FromSeconds(90));
        for (var kill = 1; kill <= kills; kill++)
        {
            var target = answering.TotalAnswers * kill / (kills + 1);
            await WaitAsync(() => answering.Figures.Acknowledged >= target || run.IsCompleted, app, $"{target} answers before kill {kill}");
            Assert.False(run.IsCompleted, $"The agents finished before kill {kill}: {answering.Figures.Describe(-1)}");
            await app.KillAsync();
            await app.RestartAsync();
        }

        await run;
        var stored = await campaign.StoredAsync(harness);
        var lost = answering.Lost(stored);
        var figures = answering.Figures;
        output.WriteLine($"{agents} agents, {kills} kill(s): {figures.Describe(lost.Count)}");

        Assert.Empty(lost);
        Assert.Equal(answering.TotalAnswers, figures.Acknowledged);
        Assert.True(figures.Untold > 0, "No click was cut: the kill did not land while the agents were answering.");
        Assert.Equal(campaign.Agents.Select(a => a.ObjectId).Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        Assert.All(stored.Values, a => Assert.Equal(campaign.Context.ScopeCodes.Count, a.SelfAnswers.Count));
    }

    private static async Task WaitAsync(Func<bool> done, RestartableApp app, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(60);
        while (!done())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Timed out waiting for {what}:\n{app.Output}");
            await Task.Delay(10);
        }
    }
}
