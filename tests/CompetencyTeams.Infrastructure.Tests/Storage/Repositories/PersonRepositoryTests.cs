using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using CompetencyTeams.TestSupport.Storage;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

[Collection(AzuriteCollection.Name)]
public sealed class PersonRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<IPersonRepository>(azurite)
{
    private static readonly ChatAddress Address = new("https://smba.trafficmanager.net/emea/", "a:1Xyz/#?", "tenant-1", "29:1abc");

    [Fact]
    public async Task Save_MovedToAnotherTeam_ListsFollowAtomically()
    {
        var v = await Repository.SaveAsync(Person("p1", "team/A"), null, None);
        await Repository.SaveAsync(Person("p2", "team/A"), null, None);

        await Repository.SaveAsync(Person("p1", "team/B", managerId: "boss-2"), v, None);

        Assert.Equal(["p2"], (await Repository.ListByTeamAsync("team/A", null, None)).Items.Select(p => p.ObjectId));
        Assert.Equal(["p1"], (await Repository.ListByTeamAsync("team/B", null, None)).Items.Select(p => p.ObjectId));
        Assert.Equal(["p1"], (await Repository.ListDirectReportsAsync("boss-2", null, None)).Items.Select(p => p.ObjectId));
        Assert.Equal(["p2"], (await Repository.ListDirectReportsAsync("manager-1", null, None)).Items.Select(p => p.ObjectId));
        Assert.Equal(2, (await Repository.ListByProfileAsync("accueil", null, None)).Items.Count);
        Assert.Equal(2, (await Repository.ListAsync(null, None)).Items.Count);
    }

    [Fact]
    public async Task SetChatAddress_ThenImportWithoutAddress_AddressKeptAndVisibleInTeamList()
    {
        await Repository.SaveAsync(Person("p1", "t"), null, None);

        await Repository.SetChatAddressAsync("p1", Address, None);
        await Repository.ImportAsync([Person("p1", "t") with { DisplayName = "Renamed" }, Person("p9", "t")], None);

        var read = (await Repository.GetAsync("p1", None))!.Value;
        Assert.Equal("Renamed", read.DisplayName);
        Assert.Equal(Address, read.ChatAddress);
        Assert.Equal(Address, (await Repository.ListByTeamAsync("t", null, None)).Items.Single(p => p.ObjectId == "p1").ChatAddress);
        Assert.Equal(["p1", "p9"], (await Repository.GetManyAsync(["p9", "p1", "missing"], None)).Select(p => p.ObjectId).Order());
    }

    [Fact]
    public async Task SetChatAddress_UnknownPersonOrForgetUnknown_ClearErrorOrNothing()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Repository.SetChatAddressAsync("nobody", Address, None));
        await Repository.SetChatAddressAsync("nobody", null, None);

        Assert.Null(await Repository.GetAsync("nobody", None));
    }

    [Fact]
    public async Task Save_StaleVersion_Conflict()
    {
        var v = await Repository.SaveAsync(Person("p1", "t"), null, None);
        await Repository.SetChatAddressAsync("p1", Address, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.SaveAsync(Person("p1", "t"), v, None));

        Assert.Equal(Address, (await Repository.GetAsync("p1", None))!.Value.ChatAddress);
    }

    [Fact]
    public async Task Delete_Person_GoneFromEveryList()
    {
        await Repository.SaveAsync(Person("p1", "t"), null, None);

        Assert.True(await Repository.DeleteAsync("p1", None));
        Assert.False(await Repository.DeleteAsync("p1", None));

        Assert.Empty((await Repository.ListByTeamAsync("t", null, None)).Items);
        Assert.Empty((await Repository.ListAsync(null, None)).Items);
    }
}
