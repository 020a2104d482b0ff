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

    [Fact]
    public async Task Launch_ConnectorSlowerThanTheTimeout_FailsAsTransientThenHrRetryDeliversWhenItRecovers()
    {
        var devChannel = fixture.DevChannel;
        using var control = Control(devChannel);
        var settings = devChannel.BotSettings();
        settings["Bot:ConnectorTimeout"] = "00:00:01";
        settings["Delivery:MaxTransientAttempts"] = "2";
        settings["Delivery:TransientBackoff"] = "00:00:00.050";
        await using var app = await CampaignHarness.StartAsync(fixture.Azurite.ConnectionString, fixture.Azurite.NewPrefix(), TimeProvider.System, settings);
        var ids = Enumerable.Range(0, 3).Select(i => $"s{i}-{Guid.NewGuid():N}"[..12]).ToList();
        await SeedPeopleAsync(app, devChannel, ids, []);

        using (await control.PostAsJsonAsync("/devchannel/connector/faults", new { latencyMs = 1500 }))
        {
            try
            {
                await LaunchAndDeliverAsync(app, "c-slow", ids.Count);
            }
            finally
            {
                using var reset = await control.PostAsJsonAsync("/devchannel/connector/faults", new { });
            }
        }

        var failed = await StatesAsync(app, "c-slow");
        Assert.All(ids, id => Assert.Equal((DeliveryState.Failed, DeliveryFailureReason.Transient), (failed[id].State, failed[id].FailureReason!.Value)));
        Assert.Equal(ids.Count, await app.Get<CampaignCommands>().RetryFailedAsync("c-slow", CancellationToken.None));
        await DeliverAsync(app, "c-slow", ids.Count);

        // A call that timed out may still land: the stand-in, like Teams, processes it late. Those are the only extra
        // cards (the residual window of docs/decisions/0004): at most one per timed-out attempt.
        var states = await StatesAsync(app, "c-slow");
        foreach (var id in ids)
        {
            Assert.Equal(DeliveryState.Delivered, states[id].State);
            var cards = devChannel.Conversations.All.Single(c => c.UserId == "29:" + id).Activities;
            Assert.InRange(cards.Count, 1, 2 + 1);
            Assert.Contains(states[id].CardActivityId, cards.Select(a => a.Id));
        }
    }

    [Fact]
    public async Task Launch_DuringA429Storm_PausesAsToldAndDeliversEveryoneOnceWithinTheLimits()
    {
        var devChannel = fixture.DevChannel;
        using var control = Control(devChannel);
        await using var app = await CampaignHarness.StartAsync(fixture.Azurite.ConnectionString, fixture.Azurite.NewPrefix(), TimeProvider.System, devChannel.BotSettings());
        var ids = Enumerable.Range(0, 8).Select(i => $"t{i}-{Guid.NewGuid():N}"[..12]).ToList();
        await SeedPeopleAsync(app, devChannel, ids, []);
        var throttledBefore = await StatusCountAsync(control, "429");
        var overLimitBefore = await OverLimitAsync(control);

        using (await control.PostAsJsonAsync("/devchannel/connector/faults", new { throttleRate = 0.5, retryAfterSeconds = 1, seed = 11 }))
        {
            try
            {
                await LaunchAndDeliverAsync(app, "c-storm", ids.Count);
            }
            finally
            {
                using var reset = await control.PostAsJsonAsync("/devchannel/connector/faults", new { });
            }
        }

        var states = await StatesAsync(app, "c-storm");
        Assert.All(ids, id => Assert.Equal(DeliveryState.Delivered, states[id].State));
        Assert.All(ids, id => Assert.Single(devChannel.Conversations.All.Single(c => c.UserId == "29:" + id).Activities));
        Assert.True(await StatusCountAsync(control, "429") - throttledBefore >= 3, "the storm injected fewer than three 429s");
        Assert.Equal(overLimitBefore, await OverLimitAsync(control));
    }

    private static HttpClient Control(DevChannelServer devChannel) =>
        new(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator })
        {
            BaseAddress = new Uri(devChannel.BaseUrl),
        };

    private static async Task<long> StatusCountAsync(HttpClient control, string status)
    {
        var byStatus = (await control.GetFromJsonAsync<JsonObject>("/devchannel/connector/stats"))!["byStatus"]!.AsObject();
        return byStatus.TryGetPropertyValue(status, out var count) ? (long)count! : 0;
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
        await DeliverAsync(app, campaignId, people);
    }

    /// <summary>Runs the worker until <paramref name="people"/> assignments are settled (neither pending nor sending).</summary>
    private static async Task DeliverAsync(CampaignHarness app, string campaignId, int people)
    {
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
