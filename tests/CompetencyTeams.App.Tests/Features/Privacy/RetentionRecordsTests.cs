using CompetencyTeams.App.Features.Privacy;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.TestSupport.Storage;
using static CompetencyTeams.App.Tests.Features.Privacy.RetentionData;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>What the retention purge does besides answers: invitations and action plans (docs/decisions/0006).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionRecordsTests(AzuriteFixture azurite)
{
    private const string Campaign = "camp-retention-records";

    [Theory]
    [InlineData("Delete")]
    [InlineData("Anonymize")]
    public async Task Tick_PastRetention_DeletesEveryInvitationWithItsConversationAndCardIds(string mode)
    {
        await using var harness = await RetentionHarness.StartAsync(azurite, new Dictionary<string, string?> { ["Privacy:RetentionMode"] = mode });
        await SeedClosedCampaignAsync(harness.Services, Campaign);
        Assert.Equal(LargeTeamSize + SmallTeamSize, (await harness.Get<IAssignmentRepository>().ListAsync(Campaign, null, CancellationToken.None)).Items.Count);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(24));

        var run = Assert.Single(await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None));

        Assert.Equal(LargeTeamSize + SmallTeamSize, run.AssignmentsDeleted);
        Assert.Empty((await harness.Get<IAssignmentRepository>().ListAsync(Campaign, null, CancellationToken.None)).Items);
        Assert.Empty(await harness.Get<IAssignmentRepository>().ListForPersonAsync($"{LargeTeam}-person-0", CancellationToken.None));
        Assert.Equal(LargeTeamSize + SmallTeamSize, (await harness.Get<RetentionLedger>().GetAsync(Campaign, CancellationToken.None))!.AssignmentsDeleted);
    }

    [Fact]
    public async Task Tick_PastRetention_KeepsLargeTeamsLeversWithoutPeopleAndEmptiesSmallTeamsPlans()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite);
        await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(24));

        var run = Assert.Single(await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None));
        var large = (await harness.Get<IActionPlanRepository>().GetAsync(Campaign, LargeTeam, CancellationToken.None))!.Value;
        var small = (await harness.Get<IActionPlanRepository>().GetAsync(Campaign, SmallTeam, CancellationToken.None))!.Value;

        Assert.Equal((1, 1), (run.PlansAnonymized, run.PlansEmptied));
        var kept = Assert.Single(large.Actions);
        Assert.Equal(LeverType.Training, kept.Lever);
        Assert.NotNull(kept.CompetencyCode);
        Assert.True(RetentionPlans.IsAnonymous(kept));
        Assert.DoesNotContain("person", kept.Reason, StringComparison.Ordinal);
        Assert.Equal(RetentionWorker.Actor, large.UpdatedBy);
        Assert.Empty(small.Actions);
        var audit = (await harness.Get<IAuditLog>().ListByActorAsync(RetentionWorker.Actor, null, CancellationToken.None)).Items;
        var details = Assert.Single(audit, e => e.Action == AuditActions.RetentionPurged).Details;
        Assert.Equal(("1", "1"), (details["plansAnonymized"], details["plansEmptied"]));
    }

    [Fact]
    public async Task Tick_AfterAnInstanceDiedBeforeRecordingThePurge_AnotherFinishesInvitationsAndPlansWithoutError()
    {
        await using var harness = await RetentionHarness.StartAsync(azurite);
        var campaign = await SeedClosedCampaignAsync(harness.Services, Campaign);
        harness.Clock.SetUtcNow(ClosedAt.AddMonths(24));
        var ledger = harness.Get<RetentionLedger>();
        var dead = (await ledger.TryClaimAsync(Campaign, "dead-instance", harness.Options.RetentionLease, CancellationToken.None))!;
        await harness.Get<RetentionPurger>().PurgeAsync(campaign, dead, CancellationToken.None); // purged, never marked done
        harness.Clock.Advance(harness.Options.RetentionLease + TimeSpan.FromSeconds(1));

        var run = Assert.Single(await harness.Get<RetentionWorker>().TickAsync(CancellationToken.None));

        Assert.Equal((0, 0, 0), (run.AssignmentsDeleted, run.PlansAnonymized, run.PlansEmptied));
        Assert.True(run.Done);
        Assert.True(RetentionPlans.IsAnonymous(Assert.Single((await harness.Get<IActionPlanRepository>().GetAsync(Campaign, LargeTeam, CancellationToken.None))!.Value.Actions)));
    }
}
