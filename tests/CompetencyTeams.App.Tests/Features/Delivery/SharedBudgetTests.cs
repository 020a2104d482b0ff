using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.App.Tests.Features.Campaigns;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using Xunit.Abstractions;

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>
/// Two App instances on one storage deliver one launch together: each counts the other through the heartbeat rows and
/// takes half the budget, so the connector stand-in never sees a sliding second over 50 requests.
/// </summary>
[Collection(DeliveryRateCollection.Name)]
public sealed class SharedBudgetTests(QuestionnaireFlowFixture fixture, ITestOutputHelper output)
{
    private const int People = 400;

    [Fact]
    public async Task TwoInstances_DeliveringOneLaunch_ShareTheBudgetAndNoSecondGoesOverTheLimit()
    {
        var devChannel = fixture.DevChannel;
        var prefix = fixture.Azurite.NewPrefix();
        await using var first = await CampaignHarness.StartAsync(fixture.Azurite.ConnectionString, prefix, TimeProvider.System, devChannel.BotSettings());
        await using var second = await CampaignHarness.StartAsync(fixture.Azurite.ConnectionString, prefix, TimeProvider.System, devChannel.BotSettings());
        var team = "team-budget-" + Guid.NewGuid().ToString("N")[..6];
        var conversations = await SeedAsync(first, devChannel, team);
        using var control = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator })
        {
            BaseAddress = new Uri(devChannel.BaseUrl),
        };
        var overLimitBefore = await OverLimitAsync(control);

        await StartAsync(first);
        await StartAsync(second);
        await WaitForShareAsync(first, second);
        try
        {
            var campaignId = "c-" + team;
            await LaunchAsync(first, team, campaignId);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while ((await first.Get<CampaignRecipients>().InStateAsync(campaignId, DeliveryState.Delivered, CancellationToken.None)).Count < People)
            {
                await Task.Delay(200, timeout.Token);
            }
        }
        finally
        {
            await StopAsync(first);
            await StopAsync(second);
        }

        // The stand-in counts each request as it arrives, before any work on it (as Teams would): that is the figure
        // that must not move. The activities' own timestamps come later in its pipeline and carry its scheduling jitter.
        Assert.Equal(overLimitBefore, await OverLimitAsync(control));
        var posted = conversations.SelectMany(id => devChannel.Conversations.Find(id)!.Activities).Select(a => a.PostedAt).Order().ToList();
        Assert.Equal(People, posted.Count);
        output.WriteLine($"Busiest second by the activities' timestamps: {BusiestSecond(posted)} cards; share per instance {Share(first)}/s.");
    }

    private static double Share(CampaignHarness app) => app.Get<ConnectorRateGate>().RequestsPerSecond;

    private static async Task StartAsync(CampaignHarness app)
    {
        await app.Get<DeliveryCoordinator>().StartAsync(CancellationToken.None);
        await app.Get<DeliveryWorker>().StartAsync(CancellationToken.None);
    }

    private static async Task StopAsync(CampaignHarness app)
    {
        await app.Get<DeliveryWorker>().StopAsync(CancellationToken.None);
        await app.Get<DeliveryCoordinator>().StopAsync(CancellationToken.None);
    }

    /// <summary>Both gates open at half the deployment's budget (50 × safety ÷ 2) once each counted the other.</summary>
    private static async Task WaitForShareAsync(CampaignHarness first, CampaignHarness second)
    {
        var options = first.Get<Microsoft.Extensions.Options.IOptions<DeliveryOptions>>().Value;
        var half = options.GlobalRequestsPerSecond * options.BudgetSafety / 2;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (first.Get<ConnectorRateGate>().RequestsPerSecond != half || second.Get<ConnectorRateGate>().RequestsPerSecond != half)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    private static int BusiestSecond(List<DateTimeOffset> arrivals)
    {
        var busiest = 0;
        for (int start = 0, end = 0; end < arrivals.Count; end++)
        {
            while (arrivals[end] - arrivals[start] >= TimeSpan.FromSeconds(1))
            {
                start++;
            }

            busiest = Math.Max(busiest, end - start + 1);
        }

        return busiest;
    }

    private static async Task<List<string>> SeedAsync(CampaignHarness app, DevChannelServer devChannel, string team)
    {
        try
        {
            await app.Get<IFrameworkRepository>().AddVersionAsync(ShippedFrameworks.AnapAfr, CancellationToken.None);
        }
        catch (ConcurrencyConflictException)
        {
            // Stored by an earlier test in this prefix.
        }

        var conversations = new List<string>();
        foreach (var id in Enumerable.Range(0, People).Select(i => $"{team}-{i:D4}"))
        {
            var conversation = devChannel.Conversations.GetOrCreatePersonal(DevChannelServer.TenantId, "28:" + DevChannelServer.AppId, "29:" + id);
            conversations.Add(conversation.Id);
            await app.Get<IPersonRepository>().SaveAsync(
                CampaignTestData.Person(id, team) with { ChatAddress = new ChatAddress(devChannel.ServiceUrl, conversation.Id, DevChannelServer.TenantId, "29:" + id) },
                null,
                CancellationToken.None);
        }

        return conversations;
    }

    private static async Task LaunchAsync(CampaignHarness app, string team, string campaignId)
    {
        var now = TimeProvider.System.GetUtcNow();
        var draft = Campaign.CreateDraft(campaignId, new LocalizedText("Campagne", "Campaign"), ShippedFrameworks.AnapAfr.Ref, AudienceSpec.Of(teamIds: [team]), now.AddDays(1), now.AddDays(20), CampaignTestData.Reminders, "hr", TimeProvider.System);
        var commands = app.Get<CampaignCommands>();
        var created = await commands.CreateAsync(draft, CancellationToken.None);
        await commands.ScheduleAsync(campaignId, created.Version, CancellationToken.None);
        Assert.True(await commands.LaunchNowAsync(campaignId, CancellationToken.None));
    }

    private static async Task<long> OverLimitAsync(HttpClient control) =>
        (long)(await control.GetFromJsonAsync<JsonObject>("/devchannel/connector/stats"))!["overLimitRequests"]!;
}
