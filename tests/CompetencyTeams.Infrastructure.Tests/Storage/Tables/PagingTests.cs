using Azure.Data.Tables;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Tables;

[Collection(AzuriteCollection.Name)]
public sealed class PagingTests(AzuriteFixture azurite) : TableTestBase(azurite)
{
    private static readonly string Filter = TableClient.CreateQueryFilter($"PartitionKey eq {"many"}");

    [Fact]
    public async Task QueryPage_2500Entities_ThreePagesOf1000UrlSafeTokensNoDuplicates()
    {
        await SeedAsync(2_500);
        var seen = new List<string>();
        var pages = new List<int>();
        string? token = null;
        do
        {
            var page = await Table.QueryPageAsync(Filter, StorageTable.MaxPageSize, token);
            pages.Add(page.Items.Count);
            seen.AddRange(page.Items.Select(e => e.RowKey));
            token = page.ContinuationToken;
            Assert.True(token is null || Uri.EscapeDataString(token) == token, $"token '{token}' is not URL-safe");
        }
        while (token is not null);

        Assert.Equal([1000, 1000, 500], pages);
        Assert.Equal(2_500, seen.Distinct().Count());
    }

    [Fact]
    public async Task QueryPage_PageSizeOver1000_Refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Table.QueryPageAsync(Filter, 1001, null));
    }

    [Fact]
    public async Task QueryPage_TokenNotIssuedByUs_RefusedWithClearError()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Table.QueryPageAsync(Filter, 10, "1!4!bm9wZQ--"));

        Assert.Contains("continuation token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryBounded_MoreThanTheBound_ThrowsInsteadOfReadingWithoutEnd()
    {
        await SeedAsync(120);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Table.QueryBoundedAsync(Filter, 100));

        Assert.Contains("more than 100", error.Message, StringComparison.Ordinal);
        Assert.Equal(120, (await Table.QueryBoundedAsync(Filter, 200)).Count);
    }

    private async Task SeedAsync(int count)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(100))
        {
            await Table.SubmitAsync(chunk.Select(i => new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity("many", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)) { ["Level"] = i % 4 })).ToList());
        }
    }
}
