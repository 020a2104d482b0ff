using Azure;
using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using Page = CompetencyTeams.Domain.Common.Page<Azure.Data.Tables.TableEntity>;

namespace CompetencyTeams.Infrastructure.Storage.Tables;

/// <summary>
/// One table, with Azure's limits enforced before each write, ETag-conditional writes that fail with
/// <see cref="ConcurrencyConflictException"/>, paged reads only, and storage faults surfaced as
/// <see cref="StorageUnavailableException"/>. Repositories compose it; they hold no Azure SDK logic of their own.
/// </summary>
public sealed class StorageTable(TableClient client)
{
    public const int MaxPageSize = 1000;

    public string Name => client.Name;

    /// <summary>The table's address (account and name): tells apart same-named tables of different accounts.</summary>
    public string Identity => client.Uri.AbsoluteUri;

    /// <summary>Point read: the entity with its ETag, or null.</summary>
    public Task<Versioned<TableEntity>?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        StorageFaults.GuardAsync(
            async () =>
            {
                var response = await client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
                return response.HasValue ? new Versioned<TableEntity>(response.Value!, response.Value!.ETag.ToString()) : null;
            },
            $"Read {Name}({partitionKey}, {rowKey})",
            cancellationToken);

    /// <summary>Inserts a new entity; an existing one gives <see cref="ConcurrencyConflictException"/>. Returns the new ETag.</summary>
    public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        EntityLimits.EnsureWithinLimits(entity);
        return StorageFaults.GuardAsync(
            async () => ETagOf(await client.AddEntityAsync(entity, cancellationToken)),
            $"Add {Name}{EntityLimits.Describe(entity)}",
            cancellationToken);
    }

    /// <summary>Replaces the entity only if it still has <paramref name="version"/>; otherwise <see cref="ConcurrencyConflictException"/>.</summary>
    public Task<string> ReplaceAsync(TableEntity entity, string version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        EntityLimits.EnsureWithinLimits(entity);
        return StorageFaults.GuardAsync(
            async () => ETagOf(await client.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken)),
            $"Replace {Name}{EntityLimits.Describe(entity)}",
            cancellationToken);
    }

    /// <summary>Adds when <paramref name="version"/> is null, otherwise replaces conditionally: the usual read-modify-write.</summary>
    public Task<string> SaveAsync(TableEntity entity, string? version, CancellationToken cancellationToken = default) =>
        version is null ? AddAsync(entity, cancellationToken) : ReplaceAsync(entity, version, cancellationToken);

    /// <summary>Unconditional write, for records whose last writer rightly wins (idempotent projections, logs).</summary>
    public Task<string> UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        EntityLimits.EnsureWithinLimits(entity);
        return StorageFaults.GuardAsync(
            async () => ETagOf(await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken)),
            $"Upsert {Name}{EntityLimits.Describe(entity)}",
            cancellationToken);
    }

    /// <summary>Deletes; with a version, only if unchanged. Deleting what is already gone succeeds when no version is given.</summary>
    public Task DeleteAsync(string partitionKey, string rowKey, string? version = null, CancellationToken cancellationToken = default) =>
        StorageFaults.GuardAsync(
            async () =>
            {
                var response = await client.DeleteEntityAsync(partitionKey, rowKey, version is null ? ETag.All : new ETag(version), cancellationToken);
                if (version is not null && response.Status == 404)
                {
                    throw new ConcurrencyConflictException($"Delete {Name}({partitionKey}, {rowKey}): the record was already deleted.");
                }
            },
            $"Delete {Name}({partitionKey}, {rowKey})",
            cancellationToken);

    /// <summary>One page of a query. <paramref name="pageSize"/> is 1-1,000 (Azure's page maximum).</summary>
    public Task<Page> QueryPageAsync(string filter, int pageSize, string? continuationToken, CancellationToken cancellationToken = default) =>
        QueryPageAsync(filter, pageSize, continuationToken, null, cancellationToken);

    /// <summary>One page of a query returning only the <paramref name="select"/>ed columns (null: all).</summary>
    public Task<Page> QueryPageAsync(string filter, int pageSize, string? continuationToken, IReadOnlyList<string>? select, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var sdkToken = ContinuationTokens.Unwrap(continuationToken);
        return StorageFaults.GuardAsync(
            async () =>
            {
                await foreach (var page in client.QueryAsync<TableEntity>(filter, pageSize, select, cancellationToken).AsPages(sdkToken, pageSize))
                {
                    return new Page(page.Values, ContinuationTokens.Wrap(page.ContinuationToken));
                }

                return new Page([], null);
            },
            $"Query {Name}",
            cancellationToken);
    }

    /// <summary>
    /// Every entity matching a filter whose result is bounded by design (e.g. one framework's competencies).
    /// More than <paramref name="limit"/> results is a design error and throws rather than reading without end.
    /// </summary>
    public async Task<IReadOnlyList<TableEntity>> QueryBoundedAsync(string filter, int limit, CancellationToken cancellationToken = default) =>
        await QueryBoundedAsync(filter, limit, null, cancellationToken);

    /// <summary>As <see cref="QueryBoundedAsync(string, int, CancellationToken)"/>, returning only the selected columns.</summary>
    public async Task<IReadOnlyList<TableEntity>> QueryBoundedAsync(string filter, int limit, IReadOnlyList<string>? select, CancellationToken cancellationToken = default)
    {
        var all = new List<TableEntity>();
        string? token = null;
        do
        {
            var page = await QueryPageAsync(filter, MaxPageSize, token, select, cancellationToken);
            all.AddRange(page.Items);
            if (all.Count > limit)
            {
                throw new InvalidOperationException($"Query on {Name} returned more than {limit} entities; use a paged read.");
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>An entity group transaction (one partition, ≤ 100 operations, ≤ 4 MiB), all or nothing. Returns each operation's new ETag (null for deletes).</summary>
    public Task<IReadOnlyList<string?>> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        TransactionLimits.EnsureWithinLimits(actions);
        return StorageFaults.GuardAsync(
            async () =>
            {
                var responses = (await client.SubmitTransactionAsync(actions, cancellationToken)).Value;
                return (IReadOnlyList<string?>)responses.Select(r => r.Headers.ETag?.ToString()).ToList();
            },
            $"Transaction on {Name}({actions[0].Entity.PartitionKey}, {actions.Count} operations)",
            cancellationToken);
    }

    private static string ETagOf(Response response) =>
        response.Headers.ETag?.ToString() ?? throw new StorageUnavailableException("Storage confirmed a write without an ETag.");
}
