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

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>
/// The delivery engine against the DevChannel's Bot Connector stand-in (real tokens, HTTPS, Teams' limits counted)
/// with injected 429s, 503s, blocked users, deleted chats and people without a chat.
/// </summary>
[Collection(DeliveryRateCollection.Name)]
public sealed class DeliveryEngineTests(QuestionnaireFlowFixture fixture)
{
    [Fact]
    public async Task Launch_WithInjectedFaults_EveryoneEndsInTheRightStateAndNobodyGetsTwoCards()
    {
        var devChannel = fixture.DevChannel;
        using var control = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator })
        {
            BaseAddress = new Uri(devChannel.BaseUrl),
        };
        await using var app = await CampaignHarness.StartAsync(fixture.Azurite.ConnectionString, fixture.Azurite.NewPrefix(), TimeProvider.System, devChannel.BotSettings());
        var ids = Enumerable.Range(0, 30).Select(i => $"p{i:D2}-{Guid.NewGuid():N}"[..12]).ToList();
        var blocked = ids[..2];
        var deletedChat = ids[2..4];
        var noChat = ids[4..6];
        await SeedPeopleAsync(app, devChannel, ids, noChat);
        foreach (var id in deletedChat)
        {
            Assert.True(devChannel.Conversations.Forget(ConversationOf(devChannel, id)));
        }

        using var faults = await control.PostAsJsonAsync("/devchannel/connector/faults", new
        {
            throttleRate = 0.05,
            unavailableRate = 0.05,
            retryAfterSeconds = 1,
            blockedUsers = blocked.Select(b => "29:" + b).ToArray(),
            seed = 7,
        });
        faults.EnsureSuccessStatusCode();
        var overLimitBefore = await OverLimitAsync(control);
        try
        {
            await LaunchAndDeliverAsync(app, "c-deliver", ids.Count);
        }
        finally
        {
            using var reset = await control.PostAsJsonAsync("/devchannel/connector/faults", new { });
        }

        var states = await StatesAsync(app, "c-deliver");
        Assert.All(blocked, id => Assert.Equal((DeliveryState.Failed, DeliveryFailureReason.Blocked), (states[id].State, states[id].FailureReason!.Value)));
        Assert.All(noChat, id => Assert.Equal(DeliveryState.Unreachable, states[id].State));
        var delivered = ids.Except(blocked).Except(noChat).ToList();
        Assert.All(delivered, id => Assert.Equal(DeliveryState.Delivered, states[id].State));
        foreach (var id in delivered)
        {
            var conversations = devChannel.Conversations.All.Where(c => c.UserId == "29:" + id).ToList();
            Assert.Equal(1, conversations.Sum(c => c.Activities.Count));
            Assert.Equal(states[id].CardActivityId, conversations.Single().Activities.Single().Id);
        }

        Assert.All(deletedChat, id => Assert.NotNull(app.Get<IPersonRepository>().GetAsync(id, CancellationToken.None).Result!.Value.ChatAddress));
        Assert.Equal(overLimitBefore, await OverLimitAsync(control));
        var byStatus = (await control.GetFromJsonAsync<JsonObject>("/devchannel/connector/stats"))!["byStatus"]!.AsObject();
        Assert.All(new[] { "429", "503", "403", "404" }, status => Assert.True(byStatus.ContainsKey(status), $"no {status} was injected: {byStatus.ToJsonString()}"));
    }

    private static async Task SeedPeopleAsync(CampaignHarness app, DevChannelServer devChannel, IReadOnlyList<string> ids, IReadOnlyList<string> noChat)
    {
        try
        {
            await app.Get<IFrameworkRepository>().AddVersionAsync(ShippedFrameworks.AnapAfr, CancellationToken.None);
        }
        catch (ConcurrencyConflictException)
        {
            // Stored by an earlier test in this prefix.
        }

        foreach (var id in ids)
        {
            var person = CampaignTestData.Person(id, "team-d");
            if (!noChat.Contains(id))
            {
                var conversation = devChannel.Conversations.GetOrCreatePersonal(DevChannelServer.TenantId, "28:" + DevChannelServer.AppId, "29:" + id);
                person = person with { ChatAddress = new ChatAddress(devChannel.ServiceUrl, conversation.Id, DevChannelServer.TenantId, "29:" + id) };
            }

            await app.Get<IPersonRepository>().SaveAsync(person, null, CancellationToken.None);
        }
    }

    private static string ConversationOf(DevChannelServer devChannel, string id) =>
        devChannel.Conversations.All.Single(c => c.UserId == "29:" + id).Id;

    private static async Task LaunchAndDeliverAsync(CampaignHarness app, string campaignId, int people)
    {
        var now = TimeProvider.System.GetUtcNow();
        var draft = Campaign.CreateDraft(campaignId, new LocalizedText("Campagne", "Campaign"), ShippedFrameworks.AnapAfr.Ref, AudienceSpec.Of(teamIds: ["team-d"]), now.AddDays(1), now.AddDays(20), CampaignTestData.Reminders, "hr", TimeProvider.System);
        var created = await app.Get<CampaignCommands>().CreateAsync(draft, CancellationToken.None);
        await app.Get<CampaignCommands>().ScheduleAsync(campaignId, created.Version, CancellationToken.None);
        Assert.True(await app.Get<CampaignCommands>().LaunchNowAsync(campaignId, CancellationToken.None));

        await app.Get<DeliveryCoordinator>().BeatAsync(openGate: true, CancellationToken.None);
        var worker = app.Get<DeliveryWorker>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await worker.StartAsync(CancellationToken.None);
        try
        {
            while ((await StatesAsync(app, campaignId)).Values.Count(a => a.State is not (DeliveryState.Pending or DeliveryState.Sending)) < people)
            {
                await Task.Delay(200, timeout.Token);
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<Dictionary<string, Assignment>> StatesAsync(CampaignHarness app, string campaignId) =>
        (await app.Get<CampaignRecipients>().AssignmentsAsync(campaignId, CancellationToken.None)).ToDictionary(a => a.PersonId, StringComparer.Ordinal);

    private static async Task<long> OverLimitAsync(HttpClient control)
    {
        var stats = await control.GetFromJsonAsync<JsonObject>("/devchannel/connector/stats");
        return (long)stats!["overLimitRequests"]!;
    }
}
