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
        var current = await table.GetAsync(main.PartitionKey, main.RowKey, cancellationToken);
        if (current is null || VersionOf(current.Value) != expectedVersion)
        {
            throw new ConcurrencyConflictException($"{what} was changed or deleted by someone else since version {expectedVersion}; nothing was written.");
        }

        var revision = current.Value.GetInt32(RevisionColumn)!.Value + 1;
        main[RevisionColumn] = revision;
        main[IndexKeysColumn] = string.Join('\n', indexRowKeys);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, main, new ETag(current.Version)) };
        foreach (var stale in IndexKeys(current.Value).Except(indexRowKeys, StringComparer.Ordinal))
        {
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(main.PartitionKey, stale), ETag.All));
        }

        actions.AddRange(indexRowKeys.Select(key => new TableTransactionAction(TableTransactionActionType.UpsertReplace, EntityJson.CopyTo(main, key))));
        await table.SubmitAsync(actions, cancellationToken);
        return revision.ToString(CultureInfo.InvariantCulture);
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

        await table.SubmitAsync(actions, cancellationToken);
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
        await table.SubmitAsync(actions, cancellationToken);
        return true;
    }

    private static string[] IndexKeys(TableEntity? main) =>
        main?.GetString(IndexKeysColumn) is { Length: > 0 } keys ? keys.Split('\n') : [];
}
