using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>Many point reads, a few at a time (cheaper than a scan when the ids are known).</summary>
internal static class PointReads
{
    private const int Parallelism = 16;
    private const int MaxIds = 5000;

    public static async Task<IReadOnlyList<Versioned<TableEntity>>> ManyAsync(IReadOnlyCollection<string> ids, Func<string, Task<Versioned<TableEntity>?>> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count > MaxIds)
        {
            throw new ArgumentException($"At most {MaxIds} ids per call; page the caller instead.", nameof(ids));
        }

        var found = new List<Versioned<TableEntity>>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(Parallelism))
        {
            found.AddRange((await Task.WhenAll(chunk.Select(read))).OfType<Versioned<TableEntity>>());
        }

        return found;
    }

    /// <summary>
    /// The rows of one partition with these row keys: one range read over "first…last" (a delivery chunk is a run of
    /// neighbours, so this is one request instead of one per row), then point reads for any the range's first page
    /// did not reach (sparse keys). Missing rows are simply absent.
    /// </summary>
    public static async Task<Dictionary<string, TableEntity>> InRangeAsync(StorageTable table, string partitionKey, IReadOnlyCollection<string> rowKeys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, TableEntity>(StringComparer.Ordinal);
        var wanted = rowKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return found;
        }

        var range = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {wanted[0]} and RowKey le {wanted[^1]}");
        var page = await table.QueryPageAsync(range, StorageTable.MaxPageSize, null, cancellationToken);
        var set = wanted.ToHashSet(StringComparer.Ordinal);
        foreach (var row in page.Items.Where(r => set.Contains(r.RowKey)))
        {
            found[row.RowKey] = row;
        }

        if (page.ContinuationToken is not null)
        {
            var rest = wanted.Where(key => !found.ContainsKey(key)).ToList();
            foreach (var row in await ManyAsync(rest, key => table.GetAsync(partitionKey, key, cancellationToken)))
            {
                found[row.Value.RowKey] = row.Value;
            }
        }

        return found;
    }
}
