using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>Filters and paged reads shared by the repositories (always built with CreateQueryFilter, which escapes values).</summary>
internal static class RepositoryQueries
{
    /// <summary>Page size of every repository list: a 200-person team fits one page; Azure's maximum is 1,000.</summary>
    public const int PageSize = 500;

    public static string Partition(string partitionKey) => TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");

    /// <summary>Rows of one partition whose RowKey starts with the given raw prefix (e.g. "t|team|").</summary>
    public static string RowPrefix(string partitionKey, string rowKeyPrefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {rowKeyPrefix} and RowKey lt {UpperBound(rowKeyPrefix)}");

    public static async Task<Page<T>> PageAsync<T>(StorageTable table, string filter, string? continuationToken, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        var page = await table.QueryPageAsync(filter, PageSize, continuationToken, cancellationToken);
        return new Page<T>(page.Items.Select(map).ToList(), page.ContinuationToken);
    }

    private static string UpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
