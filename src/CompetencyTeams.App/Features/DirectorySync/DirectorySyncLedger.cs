using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>The deployment's one directory sync: who holds it until when, when it last completed, and what it did.</summary>
public sealed record DirectorySyncState(string Owner, DateTimeOffset LeaseUntil, DateTimeOffset? LastCompletedAt, DirectorySyncReport? LastReport, string? LastFailure, string Version);

/// <summary>
/// Table "DirectorySync", one row. Claims are ETag-guarded, so of several instances one syncs; a live lease held by
/// another instance makes the claim fail, an expired one is taken over.
/// </summary>
public sealed class DirectorySyncLedger(StorageTables tables, TimeProvider clock)
{
    public const string TableName = "DirectorySync";
    private const string Partition = "sync";
    private const string Row = "directory";

    private StorageTable Table => tables.Get(TableName);

    public async Task<DirectorySyncState?> GetAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, Row, cancellationToken);
        return row is null ? null : Read(row);
    }

    /// <summary>The claimed sync, or null when another instance holds a live lease.</summary>
    public async Task<DirectorySyncState?> TryClaimAsync(string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (existing is not null && existing.Owner != owner && existing.LeaseUntil > now)
        {
            return null;
        }

        try
        {
            var claimed = (existing ?? new DirectorySyncState("", now, null, null, null, "")) with { Owner = owner, LeaseUntil = now + lease };
            return await WriteAsync(claimed, existing?.Version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    /// <summary>Records the outcome and frees the lease (a failure keeps the last good report and time).</summary>
    public Task<DirectorySyncState> ReleaseAsync(DirectorySyncState claim, DirectorySyncReport? report, string? failure, CancellationToken cancellationToken) =>
        WriteAsync(
            claim with
            {
                LeaseUntil = clock.GetUtcNow(),
                LastCompletedAt = report?.CompletedAt ?? claim.LastCompletedAt,
                LastReport = report ?? claim.LastReport,
                LastFailure = failure,
            },
            claim.Version,
            cancellationToken);

    private async Task<DirectorySyncState> WriteAsync(DirectorySyncState state, string? version, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, Row)
        {
            ["Owner"] = state.Owner,
            ["LeaseUntil"] = state.LeaseUntil,
            ["LastCompletedAt"] = state.LastCompletedAt,
            ["LastReport"] = state.LastReport is null ? null : System.Text.Json.JsonSerializer.Serialize(state.LastReport),
            ["LastFailure"] = state.LastFailure,
        };
        var etag = await Table.SaveAsync(entity, string.IsNullOrEmpty(version) ? null : version, cancellationToken);
        return state with { Version = etag };
    }

    private static DirectorySyncState Read(Versioned<TableEntity> row) => new(
        row.Value.GetString("Owner") ?? "",
        row.Value.GetDateTimeOffset("LeaseUntil") ?? DateTimeOffset.MinValue,
        row.Value.GetDateTimeOffset("LastCompletedAt"),
        row.Value.GetString("LastReport") is { Length: > 0 } json ? System.Text.Json.JsonSerializer.Deserialize<DirectorySyncReport>(json) : null,
        row.Value.GetString("LastFailure"),
        row.Version);
}
