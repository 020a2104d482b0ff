using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.Time.Testing;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

[Collection(AzuriteCollection.Name)]
public sealed class AssignmentRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<IAssignmentRepository>(azurite)
{
    private const string Campaign = "launch/2026";
    private readonly FakeTimeProvider _clock = new(Now);

    [Fact]
    public async Task AddMissing_RerunAfterPartialLaunch_AddsOnlyNewAndKeepsDeliveredRows()
    {
        var audience = Enumerable.Range(0, 80).Select(i => Assignment(Campaign, "p" + i, i % 2 == 0 ? "team-even" : "team-odd")).ToList();
        var firstRun = await Repository.AddMissingAsync(Campaign, audience.Take(70).ToList(), None);
        var p0 = (await Repository.GetAsync(Campaign, "p0", None))!;
        await Repository.SaveAsync(p0.Value.BeginSending(_clock).MarkDelivered("activity-1", "conv-1", _clock), p0.Version, None);

        var secondRun = await Repository.AddMissingAsync(Campaign, audience, None);

        Assert.Equal(70, firstRun);
        Assert.Equal(10, secondRun);
        Assert.Equal(DeliveryState.Delivered, (await Repository.GetAsync(Campaign, "p0", None))!.Value.State);
        Assert.Equal(80, (await Repository.ListAsync(Campaign, null, None)).Items.Count);
    }

    [Fact]
    public async Task ListByState_AfterStateChange_RowMovesBetweenStates()
    {
        await Repository.AddMissingAsync(Campaign, [Assignment(Campaign, "a", "t"), Assignment(Campaign, "b", "t")], None);
        var a = (await Repository.GetAsync(Campaign, "a", None))!;

        await Repository.SaveAsync(a.Value.BeginSending(_clock), a.Version, None);
        var pending = await Repository.ListByStateAsync(Campaign, DeliveryState.Pending, null, None);
        var sending = await Repository.ListByStateAsync(Campaign, DeliveryState.Sending, null, None);

        Assert.Equal(["b"], pending.Items.Select(v => v.Value.PersonId));
        var claimed = Assert.Single(sending.Items);
        Assert.Equal(1, claimed.Value.Attempts);
        Assert.Equal(DeliveryState.Sending, (await Repository.ListForTeamAsync(Campaign, "t", null, None)).Items.Single(v => v.Value.PersonId == "a").Value.State);
    }

    [Fact]
    public async Task Save_TwoWorkersClaimTheSameVersion_OnlyOneWins()
    {
        await Repository.AddMissingAsync(Campaign, [Assignment(Campaign, "a", "t")], None);
        var read = (await Repository.GetAsync(Campaign, "a", None))!;

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            await Record.ExceptionAsync(() => Repository.SaveAsync(read.Value.BeginSending(_clock), read.Version, None))));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is ConcurrencyConflictException);
        Assert.Single((await Repository.ListByStateAsync(Campaign, DeliveryState.Sending, null, None)).Items);
        Assert.Empty((await Repository.ListByStateAsync(Campaign, DeliveryState.Pending, null, None)).Items);
    }

    [Fact]
    public async Task ListForPerson_AndDelete_CoverEveryCampaign()
    {
        await Repository.AddMissingAsync("c1", [Assignment("c1", "x", "t")], None);
        await Repository.AddMissingAsync("c2", [Assignment("c2", "x", null)], None);

        var campaigns = await Repository.ListForPersonAsync("x", None);
        var deleted = await Repository.DeleteForPersonAsync("x", None);

        Assert.Equal(["c1", "c2"], campaigns.Select(a => a.CampaignId).Order());
        Assert.Equal(2, deleted);
        Assert.Empty((await Repository.ListByStateAsync("c1", DeliveryState.Pending, null, None)).Items);
    }
}
