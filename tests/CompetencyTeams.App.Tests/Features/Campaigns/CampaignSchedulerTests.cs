using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.Time.Testing;
using D = CompetencyTeams.App.Tests.Features.Campaigns.CampaignTestData;

namespace CompetencyTeams.App.Tests.Features.Campaigns;

[Collection(AzuriteCollection.Name)]
public sealed class CampaignSchedulerTests(AzuriteFixture azurite)
{
    private static readonly string[] TeamA = ["a1", "a2", "a3", "a4"];

    [Fact]
    public async Task Tick_BeforeAndAtOpening_LaunchesOnlyAtOpeningWithTheFrozenAudience()
    {
        await using var app = await StartAsync(D.Opens.AddMinutes(-1));
        await SeedAsync(app, "c-launch");

        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        Assert.Equal(CampaignStatus.Scheduled, (await CampaignAsync(app, "c-launch")).Status);
        Assert.Empty(await app.DrainAsync());

        app.Clock.SetUtcNow(D.Opens);
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);

        var campaign = await CampaignAsync(app, "c-launch");
        Assert.Equal(CampaignStatus.Running, campaign.Status);
        Assert.Equal(4, campaign.AudienceSize);
        var work = await app.DrainAsync();
        Assert.All(work, w => Assert.Equal(DeliveryKind.Invitation, w.Kind));
        Assert.Equal(TeamA, work.SelectMany(w => w.PersonIds).Order(StringComparer.Ordinal));
        var page = await app.Get<IAssignmentRepository>().ListAsync("c-launch", null, CancellationToken.None);
        Assert.Equal(TeamA, page.Items.Select(a => a.Value.PersonId).Order(StringComparer.Ordinal));

        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        Assert.Empty(await app.DrainAsync());
    }

    [Fact]
    public async Task Tick_TwoInstancesRacing_LaunchOnceAndEnqueueEachPersonOnce()
    {
        var prefix = azurite.NewPrefix();
        var clock = new FakeTimeProvider(D.Opens.AddMinutes(1));
        await using var first = await CampaignHarness.StartAsync(azurite.ConnectionString, prefix, clock);
        await using var second = await CampaignHarness.StartAsync(azurite.ConnectionString, prefix, clock);
        await SeedAsync(first, "c-race");

        await Task.WhenAll(
            first.Get<CampaignScheduler>().TickAsync(CancellationToken.None),
            second.Get<CampaignScheduler>().TickAsync(CancellationToken.None),
            first.Get<CampaignScheduler>().TickAsync(CancellationToken.None),
            second.Get<CampaignScheduler>().TickAsync(CancellationToken.None));

        Assert.Equal(CampaignStatus.Running, (await CampaignAsync(first, "c-race")).Status);
        var people = (await first.DrainAsync()).SelectMany(w => w.PersonIds).ToList();
        Assert.Equal(TeamA, people.Order(StringComparer.Ordinal));
        Assert.NotEqual(first.Get<DeliveryInstance>().Id, second.Get<DeliveryInstance>().Id);
    }

    [Fact]
    public async Task Tick_RemindersInParisTime_OnlyNonSubmittersAndSaturdayMovedToFriday()
    {
        await using var app = await StartAsync(D.Opens);
        await SeedAsync(app, "c-remind");
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        await app.DrainAsync();
        await DeliverAllAsync(app, "c-remind");
        await SubmitAsync(app, "c-remind", "a1");

        // D-7 = Monday 23 November 09:00 Paris = 08:00 UTC (CET, UTC+1).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 7, 59, 0, TimeSpan.Zero));
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        Assert.Empty(await app.DrainAsync());
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        var d7 = await app.DrainAsync();
        Assert.All(d7, w => Assert.Equal((DeliveryKind.Reminder, "D-7"), (w.Kind, w.ReminderKey)));
        Assert.Equal(["a2", "a3", "a4"], d7.SelectMany(w => w.PersonIds).Order(StringComparer.Ordinal));

        // D-2 = Saturday 28 November: sent on Friday 27 at 09:00 Paris, not on the Saturday.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 7, 59, 0, TimeSpan.Zero));
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        Assert.Empty(await app.DrainAsync());
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        var d2 = await app.DrainAsync();
        Assert.Equal(["a2", "a3", "a4"], d2.SelectMany(w => w.PersonIds).Order(StringComparer.Ordinal));
        Assert.All(d2, w => Assert.Equal("D-2", w.ReminderKey));

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        Assert.Empty(await app.DrainAsync());
    }

    [Fact]
    public async Task Tick_DeadlineMovedLater_ClosesAtTheNewDeadlineWithClosingNotices()
    {
        await using var app = await StartAsync(D.Opens);
        await SeedAsync(app, "c-close");
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        await app.DrainAsync();
        await DeliverAllAsync(app, "c-close");
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var read = (await app.Get<ICampaignRepository>().GetAsync("c-close", CancellationToken.None))!;
        var later = D.Deadline.AddDays(7);
        await app.Get<CampaignCommands>().ExtendDeadlineAsync("c-close", read.Version, later, CancellationToken.None);
        await app.DrainAsync();

        app.Clock.SetUtcNow(D.Deadline.AddMinutes(1));
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        Assert.Equal(CampaignStatus.Running, (await CampaignAsync(app, "c-close")).Status);
        Assert.DoesNotContain(await app.DrainAsync(), w => w.Kind == DeliveryKind.Closing);

        app.Clock.SetUtcNow(later);
        await app.Get<CampaignScheduler>().TickAsync(CancellationToken.None);
        Assert.Equal(CampaignStatus.Closed, (await CampaignAsync(app, "c-close")).Status);
        var closing = await app.DrainAsync();
        Assert.All(closing, w => Assert.Equal(DeliveryKind.Closing, w.Kind));
        Assert.Equal(TeamA, closing.SelectMany(w => w.PersonIds).Order(StringComparer.Ordinal));
    }

    private Task<CampaignHarness> StartAsync(DateTimeOffset now) =>
        CampaignHarness.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), new FakeTimeProvider(now));

    private static async Task SeedAsync(CampaignHarness app, string campaignId)
    {
        var people = app.Get<IPersonRepository>();
        foreach (var id in TeamA)
        {
            await people.SaveAsync(D.Person(id, "team-a"), null, CancellationToken.None);
        }

        await people.SaveAsync(D.Person("b1", "team-b"), null, CancellationToken.None);
        var draftClock = new FakeTimeProvider(D.Opens.AddDays(-5));
        await app.Get<ICampaignRepository>().SaveAsync(D.Scheduled(campaignId, AudienceSpec.Of(teamIds: ["team-a"]), draftClock), null, CancellationToken.None);
    }

    private static async Task<Campaign> CampaignAsync(CampaignHarness app, string id) =>
        (await app.Get<ICampaignRepository>().GetAsync(id, CancellationToken.None))!.Value;

    private static async Task DeliverAllAsync(CampaignHarness app, string campaignId)
    {
        var repository = app.Get<IAssignmentRepository>();
        foreach (var id in TeamA)
        {
            var read = (await repository.GetAsync(campaignId, id, CancellationToken.None))!;
            await repository.SaveAsync(read.Value.BeginSending(app.Clock).MarkDelivered("act-" + id, "conv-" + id, app.Clock), read.Version, CancellationToken.None);
        }
    }

    private static Task<string> SubmitAsync(CampaignHarness app, string campaignId, string personId) =>
        app.Get<IAssessmentRepository>().SaveAsync(new Assessment(campaignId, personId, ShippedFrameworks.AnapAfr.Ref, AssessmentStatus.Submitted) { TeamId = "team-a" }, null, CancellationToken.None);
}
