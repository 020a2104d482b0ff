using Azure.Data.Tables;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class KeyEscapingAzuriteTests(AzuriteFixture azurite) : TableTestBase(azurite)
{
    [Theory]
    [MemberData(nameof(KeyEncodingTests.HostileValues), MemberType = typeof(KeyEncodingTests))]
    public async Task PointRead_HostileValueAsBothKeys_RoundTripsThroughAzurite(string value)
    {
        var entity = new TableEntity(KeyEncoding.Encode(value), KeyEncoding.Encode(value)) { ["Original"] = value };

        await Table.AddAsync(entity);
        var read = (await Table.GetAsync(KeyEncoding.Encode(value), KeyEncoding.Encode(value)))!.Value;

        Assert.Equal(value, KeyEncoding.Decode(read.PartitionKey));
        Assert.Equal(value, KeyEncoding.Decode(read.RowKey));
        Assert.Equal(value, read.GetString("Original"));
    }

    [Fact]
    public async Task PointRead_Key1KiBOnceEncoded_RoundTrips()
    {
        // "a/#é" encodes to the 6 characters "a.1\"1é": 85 of them plus "xy" make exactly 512 characters (1 KiB).
        var value = string.Concat(Enumerable.Repeat("a/#é", 85)) + "xy";
        var key = KeyEncoding.Encode(value);
        Assert.Equal(KeyEncoding.MaxKeyChars, key.Length);

        await Table.AddAsync(new TableEntity("p", key));

        Assert.Equal(value, KeyEncoding.Decode((await Table.GetAsync("p", key))!.Value.RowKey));
    }

    [Fact]
    public async Task Query_EncodedRowKeys_ComeBackInTheOriginalsOrdinalOrder()
    {
        string[] originals = ["a b", "a/b", "a#b", "a.b", "a?b", "a\\b", "a|b", "a~b", "a\u0001b", "aéb", "a🙂b", "a", "b"];
        await Table.SubmitAsync(originals.Select(o => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("order", KeyEncoding.Encode(o)))).ToList());

        var page = await Table.QueryPageAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"order"}"), 100, null);

        Assert.Equal(originals.Order(StringComparer.Ordinal), page.Items.Select(e => KeyEncoding.Decode(e.RowKey)));
    }
}
