using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// The rows instances share to stay under one budget together: one heartbeat per live instance (PartitionKey
/// "instances") and the global pause after a 429 (PartitionKey "throttle", RowKey "global").
/// </summary>
public sealed class DeliveryControlTable(StorageTables tables, TimeProvider clock)
{
    public const string TableName = "DeliveryControl";

    private const string InstancesPartition = "instances";
    private const string ThrottlePartition = "throttle";
    private const string PauseRow = "global";

    private StorageTable Table => tables.Get(TableName);

    /// <summary>Writes this instance's heartbeat and returns how many instances (itself included) beat within <paramref name="expiry"/>.</summary>
    public async Task<int> BeatAsync(string instanceId, TimeSpan expiry, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await Table.UpsertAsync(new TableEntity(InstancesPartition, instanceId) { ["SeenAt"] = now }, cancellationToken);
        var rows = await Table.QueryBoundedAsync(TableClient.CreateQueryFilter($"PartitionKey eq {InstancesPartition}"), 1000, cancellationToken);
        var live = rows.Count(r => r.GetDateTimeOffset("SeenAt") is { } seen && seen > now - expiry);
        return Math.Max(1, live);
    }

    /// <summary>An instance that stops cleanly leaves the split at once.</summary>
    public Task LeaveAsync(string instanceId, CancellationToken cancellationToken) =>
        Table.DeleteAsync(InstancesPartition, instanceId, null, cancellationToken);

    public async Task<DateTimeOffset?> ReadPauseAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(ThrottlePartition, PauseRow, cancellationToken);
        return row?.Value.GetDateTimeOffset("PausedUntil");
    }

    /// <summary>Records a pause for every instance; an existing later pause is kept (ETag-guarded, retried on conflict).</summary>
    public async Task PublishPauseAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = await Table.GetAsync(ThrottlePartition, PauseRow, cancellationToken);
            if (row?.Value.GetDateTimeOffset("PausedUntil") is { } current && current >= until)
            {
                return;
            }

            try
            {
                await Table.SaveAsync(new TableEntity(ThrottlePartition, PauseRow) { ["PausedUntil"] = until }, row?.Version, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // Another instance published a pause meanwhile: compare again.
            }
        }
    }
}
