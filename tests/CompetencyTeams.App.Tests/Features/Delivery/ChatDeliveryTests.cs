extern alias devchannel;

using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.App.Features.Validation;
using CompetencyTeams.App.Tests.Features.Campaigns;
using CompetencyTeams.App.Tests.Support;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.TestSupport.Storage;
using devchannel::CompetencyTeams.DevChannel.Connector;
using devchannel::CompetencyTeams.DevChannel.Graph;
using devchannel::CompetencyTeams.DevChannel.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>
/// Cards to people's 1:1 chats against the DevChannel's Bot Connector and Graph stand-ins: people the bot cannot reach
/// through a chat of its own get the app installed through Graph (which opens the chat) and the card in that chat;
/// notices after the invitation reach the same chat once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ChatDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AppId = "5d2a7c3e-1b4f-4a6d-9e8c-7f1a2b3c4d5e";
    private const string TenantId = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c";
    private const string Secret = "proactive-install-tests";
    private const string CatalogAppId = "8f1e2d3c-4b5a-4697-8a7b-6c5d4e3f2a1b";
    private WebApplication _devChannel = null!;
    private int _httpsPort;

    private string BaseUrl => $"https://localhost:{_httpsPort}";

    public async Task InitializeAsync()
    {
        (_devChannel, _httpsPort) = await InProcessDevChannel.StartAsync(
            "ct-chat-delivery-tests",
            new Dictionary<string, string?>
            {
                ["DevChannel:Identity:Clients:0:ClientId"] = AppId,
                ["DevChannel:Identity:Clients:0:ClientSecret"] = Secret,
                ["DevChannel:Connector:TenantId"] = TenantId,
            },
            builder =>
            {
                builder.Services.AddBotConnectorStandIn();
                builder.Services.AddGraphStandIn();
            },
            web =>
            {
                web.MapBotConnectorStandIn();
                web.MapGraphStandIn();
            });
    }

    public async Task DisposeAsync()
    {
        await _devChannel.StopAsync();
        await _devChannel.DisposeAsync();
    }

    [Fact]
    public async Task Launch_PersonWithoutAChat_GetsTheAppInstalledThroughGraphAndTheCardInThatChat()
    {
        await using var app = await CampaignHarness.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), TimeProvider.System, Settings());
        var team = "team-install-" + Guid.NewGuid().ToString("N")[..6];
        var reachable = team + "-chat";
        var unreachable = team + "-none";
        var conversations = _devChannel.Services.GetRequiredService<ConversationStore>();
        var chat = conversations.GetOrCreatePersonal(TenantId, "28:" + AppId, "29:" + reachable);
        await SeedAsync(app, team, (reachable, new ChatAddress(BaseUrl + "/", chat.Id, TenantId, "29:" + reachable)), (unreachable, null));

        await LaunchAndDeliverAsync(app, "c-" + team, 2);

        var rows = await app.Get<CampaignRecipients>().AssignmentsAsync("c-" + team, CancellationToken.None);
        Assert.All(rows, a => Assert.Equal(DeliveryState.Delivered, a.State));
        var address = (await app.Get<IPersonRepository>().GetAsync(unreachable, CancellationToken.None))!.Value.ChatAddress;
        Assert.Equal($"19:{unreachable}_{CatalogAppId}@unq.gbl.spaces", address?.ConversationId);
        Assert.Single(conversations.Find(address!.ConversationId)!.Activities);
        Assert.Single(chat.Activities);
        var installed = _devChannel.Services.GetRequiredService<GraphStore>().InstalledApps;
        Assert.Equal([unreachable], installed.Where(i => i.TeamsAppId == CatalogAppId).Select(i => i.UserId));
    }

    [Fact]
    public async Task Send_ToAChatThatIsGoneAndCannotBeRecreated_InstallsTheAppThroughGraphAndDeliversOnceInThatChat()
    {
        await using var app = await CampaignHarness.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), TimeProvider.System, Settings());
        var team = "team-gone-" + Guid.NewGuid().ToString("N")[..6];
        var person = team + "-p";
        var gone = new ChatAddress(BaseUrl + "/", "a:deleted-" + person, TenantId, "29:" + person);
        _devChannel.Services.GetRequiredService<FaultInjector>().Apply(new FaultPlan { UninstalledUsers = ["29:" + person] });
        try
        {
            await SeedAsync(app, team, (person, gone));

            await LaunchAndDeliverAsync(app, "c-" + team, 1);
        }
        finally
        {
            _devChannel.Services.GetRequiredService<FaultInjector>().Apply(FaultPlan.None);
        }

        var row = Assert.Single(await app.Get<CampaignRecipients>().AssignmentsAsync("c-" + team, CancellationToken.None));
        Assert.Equal(DeliveryState.Delivered, row.State);
        var address = (await app.Get<IPersonRepository>().GetAsync(person, CancellationToken.None))!.Value.ChatAddress;
        Assert.Equal($"19:{person}_{CatalogAppId}@unq.gbl.spaces", address?.ConversationId);
        Assert.Equal(address!.ConversationId, row.ConversationId);
        var conversations = _devChannel.Services.GetRequiredService<ConversationStore>();
        Assert.Single(conversations.Find(address.ConversationId)!.Activities);
        Assert.Null(conversations.Find(gone.ConversationId));
        var installed = _devChannel.Services.GetRequiredService<GraphStore>().InstalledApps;
        Assert.Contains(installed, i => i.TeamsAppId == CatalogAppId && i.UserId == person);
    }

    [Fact]
    public async Task ValidationNotice_AfterTheInvitation_ReachesTheAgentsChatOnceInTheirLanguage()
    {
        await using var app = await CampaignHarness.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), TimeProvider.System, Settings());
        var team = "team-notice-" + Guid.NewGuid().ToString("N")[..6];
        var person = team + "-p";
        var conversations = _devChannel.Services.GetRequiredService<ConversationStore>();
        var chat = conversations.GetOrCreatePersonal(TenantId, "28:" + AppId, "29:" + person);
        await SeedAsync(app, team, (person, new ChatAddress(BaseUrl + "/", chat.Id, TenantId, "29:" + person)));
        await LaunchAndDeliverAsync(app, "c-" + team, 1);

        var notices = new ValidationNotices(app.Get<DeliveryEnqueuer>(), NullLogger<ValidationNotices>.Instance);
        await notices.NotifyAsync("c-" + team, [person], CancellationToken.None);
        await notices.NotifyAsync("c-" + team, [person], CancellationToken.None);
        await RunWorkerUntilAsync(app, () => chat.Activities.Count >= 2);
        await RunWorkerUntilAsync(app, () => false, TimeSpan.FromSeconds(2));

        Assert.Equal(2, chat.Activities.Count);
        var card = chat.Activities[1].Activity.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Auto-évaluation validée", card, StringComparison.Ordinal);
        var row = Assert.Single(await app.Get<CampaignRecipients>().AssignmentsAsync("c-" + team, CancellationToken.None));
        Assert.Contains(DeliveryClaims.ValidatedKey, row.RemindersSent);
    }

    private static async Task RunWorkerUntilAsync(CampaignHarness app, Func<bool> done, TimeSpan? limit = null)
    {
        var worker = app.Get<DeliveryWorker>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            while (!done() && watch.Elapsed < (limit ?? TimeSpan.FromSeconds(30)))
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:TenantId"] = TenantId,
        ["Bot:ClientSecret"] = Secret,
        ["Bot:AuthorityHost"] = BaseUrl,
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = BaseUrl + "/v1/.well-known/openidconfiguration",
        ["Bot:EntraOpenIdMetadataUrlTemplate"] = BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration",
        ["Bot:TrustedLocalCertificatePath"] = _devChannel.Services.GetRequiredService<DevIdentityKeys>().CertificatePemPath,
        ["Graph:BaseUrl"] = _devChannel.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)) + "/v1.0",
        ["Graph:Authentication"] = "LocalStandIn",
        ["Delivery:TeamsAppCatalogId"] = CatalogAppId,
        ["Delivery:ServiceUrl"] = BaseUrl + "/",
    };

    private async Task SeedAsync(CampaignHarness app, string team, params (string Id, ChatAddress? Address)[] people)
    {
        try
        {
            await app.Get<IFrameworkRepository>().AddVersionAsync(ShippedFrameworks.AnapAfr, CancellationToken.None);
        }
        catch (ConcurrencyConflictException)
        {
            // Stored by an earlier test in this prefix.
        }

        var users = _devChannel.Services.GetRequiredService<GraphUserHandlers>();
        foreach (var (id, address) in people)
        {
            users.Upsert(new GraphUser(id, "Agent " + id, id + "@contoso.test", null, null));
            await app.Get<IPersonRepository>().SaveAsync(CampaignTestData.Person(id, team) with { ChatAddress = address }, null, CancellationToken.None);
        }
    }

    private static async Task LaunchAndDeliverAsync(CampaignHarness app, string campaignId, int people)
    {
        var now = TimeProvider.System.GetUtcNow();
        var team = campaignId[2..];
        var draft = Campaign.CreateDraft(campaignId, new LocalizedText("Campagne", "Campaign"), ShippedFrameworks.AnapAfr.Ref, AudienceSpec.Of(teamIds: [team]), now.AddDays(1), now.AddDays(20), CampaignTestData.Reminders, "hr", TimeProvider.System);
        var commands = app.Get<CampaignCommands>();
        var created = await commands.CreateAsync(draft, CancellationToken.None);
        await commands.ScheduleAsync(campaignId, created.Version, CancellationToken.None);
        Assert.True(await commands.LaunchNowAsync(campaignId, CancellationToken.None));

        await app.Get<DeliveryCoordinator>().BeatAsync(openGate: true, CancellationToken.None);
        var worker = app.Get<DeliveryWorker>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await worker.StartAsync(CancellationToken.None);
        try
        {
            while ((await app.Get<CampaignRecipients>().AssignmentsAsync(campaignId, CancellationToken.None)).Count(a => a.State is not (DeliveryState.Pending or DeliveryState.Sending)) < people)
            {
                await Task.Delay(100, timeout.Token);
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
