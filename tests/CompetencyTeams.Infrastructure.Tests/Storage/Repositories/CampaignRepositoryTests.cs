using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.TestSupport.Storage;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

[Collection(AzuriteCollection.Name)]
public sealed class CampaignRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<ICampaignRepository>(azurite)
{
    [Fact]
    public async Task List_ThreeCampaigns_NewestFirstAndFilteredByStatus()
    {
        await Repository.SaveAsync(Campaign("old", CampaignStatus.Closed, Now.AddDays(-60)), null, None);
        await Repository.SaveAsync(Campaign("new", CampaignStatus.Draft, Now), null, None);
        await Repository.SaveAsync(Campaign("mid/1", CampaignStatus.Running, Now.AddDays(-10)), null, None);

        var all = await Repository.ListAsync(null, null, None);
        var running = await Repository.ListAsync(CampaignStatus.Running, null, None);

        Assert.Equal(["new", "mid/1", "old"], all.Items.Select(v => v.Value.Id));
        Assert.Equal(["mid/1"], running.Items.Select(v => v.Value.Id));
    }

    [Fact]
    public async Task ListActive_ScheduledAndRunningOnly_WithCurrentStatusAfterSave()
    {
        var v = await Repository.SaveAsync(Campaign("a", CampaignStatus.Scheduled, Now), null, None);
        await Repository.SaveAsync(Campaign("b", CampaignStatus.Draft, Now), null, None);
        await Repository.SaveAsync(Campaign("c", CampaignStatus.Running, Now), null, None);
        await Repository.SaveAsync(Campaign("a", CampaignStatus.Cancelled, Now), v, None);

        var active = await Repository.ListActiveAsync(None);

        Assert.Equal(["c"], active.Select(x => x.Value.Id));
        Assert.Equal(["a"], (await Repository.ListAsync(CampaignStatus.Cancelled, null, None)).Items.Select(x => x.Value.Id));
    }

    [Fact]
    public async Task Save_TwoSchedulersOnTheSameTransition_OneGetsConflict()
    {
        var v = await Repository.SaveAsync(Campaign("c", CampaignStatus.Scheduled, Now), null, None);
        await Repository.SaveAsync(Campaign("c", CampaignStatus.Running, Now), v, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.SaveAsync(Campaign("c", CampaignStatus.Running, Now), v, None));

        var read = await Repository.GetAsync("c", None);
        AssertSameJson(Campaign("c", CampaignStatus.Running, Now), read!.Value);
    }
}
