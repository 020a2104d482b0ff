using Azure.Data.Tables;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class TransactionLimitsTests(AzuriteFixture azurite) : TableTestBase(azurite)
{
    [Fact]
    public async Task Submit_TwoPartitions_RefusedAndNeitherWritten()
    {
        TableTransactionAction[] actions = [Upsert("p1", "a"), Upsert("p2", "b")];

        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.SubmitAsync(actions));

        Assert.Equal("one PartitionKey per transaction", error.Limit);
        Assert.Null(await Table.GetAsync("p1", "a"));
        Assert.Null(await Table.GetAsync("p2", "b"));
    }

    [Fact]
    public async Task Submit_101Operations_RefusedWhile100Committed()
    {
        var hundred = Enumerable.Range(0, 100).Select(i => Upsert("p", i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))).ToList();

        await Table.SubmitAsync(hundred);
        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.SubmitAsync([.. hundred, Upsert("p", "extra")]));

        Assert.Equal("≤ 100 operations per transaction", error.Limit);
        Assert.NotNull(await Table.GetAsync("p", "099"));
        Assert.Null(await Table.GetAsync("p", "extra"));
    }

    [Fact]
    public async Task Submit_SameEntityTwice_Refused()
    {
        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.SubmitAsync([Upsert("p", "a"), Upsert("p", "a")]));

        Assert.Equal("each entity at most once per transaction", error.Limit);
    }

    [Fact]
    public async Task Submit_PayloadOver4MiB_Refused()
    {
        var actions = Enumerable.Range(0, 5).Select(i =>
        {
            var entity = new TableEntity("p", "big" + i);
            PropertyChunks.Write(entity, "Text", new string('q', 450_000));
            return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
        }).ToList();

        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.SubmitAsync(actions));

        Assert.Equal("transaction payload ≤ 4 MiB", error.Limit);
        Assert.Null(await Table.GetAsync("p", "big0"));
    }

    private static TableTransactionAction Upsert(string pk, string rk) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(pk, rk) { ["V"] = 1 });
}
