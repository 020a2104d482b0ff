using Azure.Data.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Tables;

/// <summary>Azure's entity-group-transaction rules, which Azurite does not all enforce (it accepts two partitions).</summary>
public static class TransactionLimits
{
    public const int MaxOperations = 100;
    public const long MaxPayloadBytes = 4L * 1024 * 1024;

    /// <summary>
    /// The payload is estimated as each entity's size as Azure counts it plus this allowance per operation for the
    /// multipart envelope (boundary, request line, headers) and JSON punctuation.
    /// </summary>
    private const int PerOperationOverheadBytes = 1024;

    public static void EnsureWithinLimits(IReadOnlyCollection<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            throw new ArgumentException("A transaction needs at least one operation.", nameof(actions));
        }

        if (actions.Count > MaxOperations)
        {
            throw new StorageLimitExceededException("≤ 100 operations per transaction", $"the transaction has {actions.Count} operations.");
        }

        var partitions = actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).ToList();
        if (partitions.Count > 1)
        {
            throw new StorageLimitExceededException(
                "one PartitionKey per transaction",
                $"the transaction touches {partitions.Count} partitions ({string.Join(", ", partitions.Take(3))}…).");
        }

        var duplicate = actions.GroupBy(a => a.Entity.RowKey, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new StorageLimitExceededException("each entity at most once per transaction", $"RowKey '{duplicate.Key}' appears {duplicate.Count()} times.");
        }

        long payload = 0;
        foreach (var action in actions)
        {
            if (action.Entity is TableEntity entity)
            {
                EntityLimits.EnsureWithinLimits(entity);
                payload += EntityLimits.Size(entity);
            }
            else
            {
                KeyEncoding.EnsureValidKey(action.Entity.PartitionKey, "PartitionKey");
                KeyEncoding.EnsureValidKey(action.Entity.RowKey, "RowKey");
            }

            payload += PerOperationOverheadBytes;
        }

        if (payload > MaxPayloadBytes)
        {
            throw new StorageLimitExceededException("transaction payload ≤ 4 MiB", $"the transaction carries about {payload} bytes.");
        }
    }
}
