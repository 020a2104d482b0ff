using System.Collections.Concurrent;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// What this process last wrote to an indexed record: its revision, the main row's ETag and its index keys. A save at
/// that same revision can then skip re-reading the row: the ETag guards the write, so if anyone changed the row since,
/// storage refuses it (412) exactly as the re-read would have. Another instance's writes only cause a miss (a read).
/// </summary>
internal sealed class RecentWrites(int capacity)
{
    private readonly ConcurrentDictionary<(string Table, string PartitionKey, string RowKey), Entry> _entries = new();

    public sealed record Entry(int Revision, string ETag, IReadOnlyList<string> IndexKeys);

    public Entry? Find(StorageTable table, string partitionKey, string rowKey, string expectedVersion) =>
        _entries.TryGetValue((table.Identity, partitionKey, rowKey), out var entry)
            && entry.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture) == expectedVersion
            ? entry
            : null;

    public void Remember(StorageTable table, string partitionKey, string rowKey, Entry entry)
    {
        if (_entries.Count >= capacity)
        {
            // Rare and harmless: forgetting only costs the next save of each record one read.
            _entries.Clear();
        }

        _entries[(table.Identity, partitionKey, rowKey)] = entry;
    }

    public void Forget(StorageTable table, string partitionKey, string rowKey) =>
        _entries.TryRemove((table.Identity, partitionKey, rowKey), out _);
}
