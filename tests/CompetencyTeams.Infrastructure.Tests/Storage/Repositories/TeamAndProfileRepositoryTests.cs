using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Teams;
using CompetencyTeams.TestSupport.Storage;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

[Collection(AzuriteCollection.Name)]
public sealed class TeamRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<ITeamRepository>(azurite)
{
    [Fact]
    public async Task ListManagedBy_ManagerChanges_FollowsTheTeam()
    {
        var v = await Repository.SaveAsync(Team("accueil/nord", "m1"), null, None);
        await Repository.SaveAsync(Team("facturation", "m1"), null, None);

        await Repository.SaveAsync(Team("accueil/nord", "m2") with { ParentTeamId = "afr" }, v, None);

        Assert.Equal(["facturation"], (await Repository.ListManagedByAsync("m1", None)).Select(t => t.Id));
        Assert.Equal("afr", Assert.Single(await Repository.ListManagedByAsync("m2", None)).ParentTeamId);
        Assert.Equal(2, (await Repository.ListAsync(null, None)).Items.Count);
    }

    [Fact]
    public async Task Delete_StaleVersionThenCurrent_ConflictThenGone()
    {
        var v1 = await Repository.SaveAsync(Team("t", "m1"), null, None);
        var v2 = await Repository.SaveAsync(Team("t", "m2"), v1, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.DeleteAsync("t", v1, None));
        await Repository.DeleteAsync("t", v2, None);

        Assert.Null(await Repository.GetAsync("t", None));
        Assert.Empty(await Repository.ListManagedByAsync("m2", None));
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class JobProfileRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<IJobProfileRepository>(azurite)
{
    [Fact]
    public async Task SaveGetListDelete_RoundTripsWithConflicts()
    {
        var v = await Repository.SaveAsync(Profile("accueil"), null, None);
        await Repository.SaveAsync(Profile("facturation/recouvrement"), null, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.SaveAsync(Profile("accueil"), null, None));
        var read = await Repository.GetAsync("accueil", None);
        var many = await Repository.GetManyAsync(["facturation/recouvrement", "missing"], None);
        var list = await Repository.ListAsync(null, None);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.DeleteAsync("accueil", "W/\"datetime'2000-01-01T00%3A00%3A00Z'\"", None));
        await Repository.DeleteAsync("accueil", v, None);

        AssertSameJson(Profile("accueil"), read!.Value);
        Assert.Equal(v, read.Version);
        Assert.Equal("facturation/recouvrement", Assert.Single(many).Id);
        Assert.Equal(2, list.Items.Count);
        Assert.Null(await Repository.GetAsync("accueil", None));
    }
}
