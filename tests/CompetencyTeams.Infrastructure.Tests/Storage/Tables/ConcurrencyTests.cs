using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite) : TableTestBase(azurite)
{
    [Fact]
    public async Task Add_ExistingEntity_ConflictAndOriginalKept()
    {
        await Table.AddAsync(new TableEntity("p", "r") { ["V"] = "first" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Table.AddAsync(new TableEntity("p", "r") { ["V"] = "second" }));

        Assert.Equal("first", (await Table.GetAsync("p", "r"))!.Value.GetString("V"));
    }

    [Fact]
    public async Task Replace_StaleVersion_ConflictAndWinnerKept()
    {
        var version = await Table.AddAsync(new TableEntity("p", "r") { ["V"] = "v0" });
        await Table.ReplaceAsync(new TableEntity("p", "r") { ["V"] = "winner" }, version);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Table.ReplaceAsync(new TableEntity("p", "r") { ["V"] = "loser" }, version));

        Assert.Contains("412", error.Message, StringComparison.Ordinal);
        Assert.Equal("winner", (await Table.GetAsync("p", "r"))!.Value.GetString("V"));
    }

    [Fact]
    public async Task Replace_DeletedMeanwhile_ConflictAndNotRecreated()
    {
        var version = await Table.AddAsync(new TableEntity("p", "gone"));
        await Table.DeleteAsync("p", "gone");

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Table.ReplaceAsync(new TableEntity("p", "gone"), version));

        Assert.Null(await Table.GetAsync("p", "gone"));
    }

    [Fact]
    public async Task Delete_StaleVersion_ConflictAndEntityKept()
    {
        var version = await Table.AddAsync(new TableEntity("p", "r"));
        var newer = await Table.ReplaceAsync(new TableEntity("p", "r") { ["V"] = 2 }, version);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Table.DeleteAsync("p", "r", version));

        Assert.Equal(newer, (await Table.GetAsync("p", "r"))!.Version);
    }

    [Fact]
    public async Task Save_ReturnedVersion_IsTheOneTheNextReadSees()
    {
        var version = await Table.SaveAsync(new TableEntity("p", "r") { ["V"] = 1 }, null);
        var read = await Table.GetAsync("p", "r");

        Assert.Equal(version, read!.Version);
    }
}
