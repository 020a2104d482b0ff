using System.Globalization;
using Azure;
using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// A record stored as one main row plus index copies (e.g. "t|team|person") in the same partition, so every list is a
/// single-partition range read and every write is one atomic transaction. The version callers see is a revision number
/// kept in every copy; the write itself is guarded by the main row's ETag, so concurrent writers cannot both win.
/// </summary>
internal static class IndexedRecord
{
    private const string RevisionColumn = "Revision";
    private const string IndexKeysColumn = "IndexKeys";
    private static readonly RecentWrites Recent = new(capacity: 100_000);

    public static string VersionOf(TableEntity row) =>
        (row.GetInt32(RevisionColumn) ?? throw new InvalidDataException($"Row {EntityLimits.Describe(row)} has no revision.")).ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates (expectedVersion null) or replaces the record and its index copies; returns the new version.</summary>
    public static async Task<string> SaveAsync(
        StorageTable table,
        TableEntity main,
        IReadOnlyList<string> indexRowKeys,
        string? expectedVersion,
        CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            // A create needs no read: the Add of the main row fails the whole transaction (409) if the record exists,
            // and a record that does not exist has no copies (they are deleted with it).
            await AddAllAsync(table, [(main, indexRowKeys)], cancellationToken);
            return "1";
        }

        var what = $"{table.Name}{EntityLimits.Describe(main)}";
        var seen = Recent.Find(table, main.PartitionKey, main.RowKey, expectedVersion) ?? await ReadAsync(table, main, expectedVersion, what, cancellationToken);
        var actions = new List<TableTransactionAction>();
        var revision = AddReplaceActions(actions, main, indexRowKeys, seen.Revision, seen.IndexKeys, new ETag(seen.ETag));
        await SubmitAndRememberAsync(table, actions, [(main, revision, indexRowKeys)], cancellationToken);
        return revision.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Replaces several records of one partition in ONE transaction (all or nothing), each guarded by its expected
    /// version. The current rows are read only for the records this process did not write last (their ETag and index
    /// copies are otherwise remembered): <paramref name="readCurrent"/> gets those rows' keys. Returns the new versions in order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReplaceAllAsync(
        StorageTable table,
        IReadOnlyList<(TableEntity Main, IReadOnlyList<string> IndexRowKeys, string ExpectedVersion)> records,
        Func<IReadOnlyCollection<string>, Task<Dictionary<string, TableEntity>>> readCurrent,
        CancellationToken cancellationToken)
    {
        var seen = records.Select(r => Recent.Find(table, r.Main.PartitionKey, r.Main.RowKey, r.ExpectedVersion)).ToList();
        var unknown = records.Where((_, i) => seen[i] is null).Select(r => r.Main.RowKey).ToList();
        var read = unknown.Count == 0 ? [] : await readCurrent(unknown);
        var actions = new List<TableTransactionAction>();
        var written = new List<(TableEntity Main, int Revision, IReadOnlyList<string> IndexRowKeys)>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (main, index, expected) = records[i];
            var current = seen[i] ?? EntryOf(read.GetValueOrDefault(main.RowKey), expected)
                ?? throw new ConcurrencyConflictException($"{table.Name}{EntityLimits.Describe(main)} was changed or deleted by someone else since version {expected}; nothing was written.");
            written.Add((main, AddReplaceActions(actions, main, index, current.Revision, current.IndexKeys, new ETag(current.ETag)), index));
        }

        if (actions.Count > 0)
        {
            await SubmitAndRememberAsync(table, actions, written, cancellationToken);
        }

        return [.. written.Select(w => w.Revision.ToString(CultureInfo.InvariantCulture))];
    }

    private static RecentWrites.Entry? EntryOf(TableEntity? current, string expectedVersion) =>
        current is null || VersionOf(current) != expectedVersion
            ? null
            : new RecentWrites.Entry(current.GetInt32(RevisionColumn)!.Value, current.ETag.ToString(), IndexKeys(current));

    private static int AddReplaceActions(
        List<TableTransactionAction> actions, TableEntity main, IReadOnlyList<string> indexRowKeys, int currentRevision, IReadOnlyList<string> currentIndexKeys, ETag currentETag)
    {
        var revision = currentRevision + 1;
        main[RevisionColumn] = revision;
        main[IndexKeysColumn] = string.Join('\n', indexRowKeys);
        actions.Add(new(TableTransactionActionType.UpdateReplace, main, currentETag));
        foreach (var stale in currentIndexKeys.Except(indexRowKeys, StringComparer.Ordinal))
        {
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(main.PartitionKey, stale), ETag.All));
        }

        actions.AddRange(indexRowKeys.Select(key => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EntityJson.CopyTo(main, key))));
        return revision;
    }

    /// <summary>Inserts several new records of one partition in one transaction; any existing one fails them all (conflict).</summary>
    public static async Task AddAllAsync(StorageTable table, IReadOnlyList<(TableEntity Main, IReadOnlyList<string> IndexRowKeys)> records, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction>();
        foreach (var (main, index) in records)
        {
            main[RevisionColumn] = 1;
            main[IndexKeysColumn] = string.Join('\n', index);
            actions.Add(new(TableTransactionActionType.Add, main));
            actions.AddRange(index.Select(key => new TableTransactionAction(TableTransactionActionType.Add, EntityJson.CopyTo(main, key))));
        }

        await SubmitAndRememberAsync(table, actions, [.. records.Select(r => (r.Main, 1, r.IndexRowKeys))], cancellationToken);
    }

    private static async Task<RecentWrites.Entry> ReadAsync(StorageTable table, TableEntity main, string expectedVersion, string what, CancellationToken cancellationToken)
    {
        var current = await table.GetAsync(main.PartitionKey, main.RowKey, cancellationToken);
        if (current is null || VersionOf(current.Value) != expectedVersion)
        {
            throw new ConcurrencyConflictException($"{what} was changed or deleted by someone else since version {expectedVersion}; nothing was written.");
        }

        return new RecentWrites.Entry(current.Value.GetInt32(RevisionColumn)!.Value, current.Version, IndexKeys(current.Value));
    }

    private static async Task SubmitAndRememberAsync(
        StorageTable table,
        List<TableTransactionAction> actions,
        IReadOnlyList<(TableEntity Main, int Revision, IReadOnlyList<string> IndexRowKeys)> written,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<string?> etags;
        try
        {
            etags = await table.SubmitAsync(actions, cancellationToken);
        }
        catch
        {
            foreach (var (main, _, _) in written)
            {
                Recent.Forget(table, main.PartitionKey, main.RowKey);
            }

            throw;
        }

        foreach (var (main, revision, keys) in written)
        {
            var position = actions.FindIndex(a => ReferenceEquals(a.Entity, main));
            if (position >= 0 && position < etags.Count && etags[position] is { } etag)
            {
                Recent.Remember(table, main.PartitionKey, main.RowKey, new RecentWrites.Entry(revision, etag, keys));
            }
        }
    }

    /// <summary>Deletes the record and its copies; with a version, only if unchanged. False when there was nothing.</summary>
    public static async Task<bool> DeleteAsync(StorageTable table, string partitionKey, string mainRowKey, string? expectedVersion, CancellationToken cancellationToken)
    {
        var current = await table.GetAsync(partitionKey, mainRowKey, cancellationToken);
        if (current is null)
        {
            return expectedVersion is null
                ? false
                : throw new ConcurrencyConflictException($"{table.Name}({partitionKey}, {mainRowKey}) was already deleted.");
        }

        if (expectedVersion is not null && VersionOf(current.Value) != expectedVersion)
        {
            throw new ConcurrencyConflictException($"{table.Name}({partitionKey}, {mainRowKey}) was changed since version {expectedVersion}; nothing was deleted.");
        }

        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Delete, current.Value, new ETag(current.Version)) };
        actions.AddRange(IndexKeys(current.Value).Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, key), ETag.All)));
        Recent.Forget(table, partitionKey, mainRowKey);
        await table.SubmitAsync(actions, cancellationToken);
        return true;
    }

    private static string[] IndexKeys(TableEntity? main) =>
        main?.GetString(IndexKeysColumn) is { Length: > 0 } keys ? keys.Split('\n') : [];
}
