using System.Security.Cryptography;
using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// One campaign's retention purge: who holds it until when, the salt of its pseudonyms while it runs (so a purge
/// taken over after a crash gives each answer the same pseudonym, never a second copy), and what it did once done.
/// </summary>
public sealed record RetentionRun(string CampaignId, string Owner, DateTimeOffset LeaseUntil, string? Salt, bool Done, string Version)
{
    public int AnswersAnonymized { get; init; }

    public int AnswersDeleted { get; init; }

    public int SummariesEmptied { get; init; }

    /// <summary>Invitations (delivery rows with conversation and card ids) deleted.</summary>
    public int AssignmentsDeleted { get; init; }

    /// <summary>Action plans of large enough teams kept without people, owners, authors or reasons.</summary>
    public int PlansAnonymized { get; init; }

    /// <summary>Action plans of small teams emptied.</summary>
    public int PlansEmptied { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}

/// <summary>
/// Table "PrivacyRetention" (PartitionKey "campaign", RowKey = campaign id). Claims are ETag-guarded, so of several
/// instances one purges a campaign; an expired lease is taken over. The salt is erased when the purge completes.
/// </summary>
public sealed class RetentionLedger(StorageTables tables, TimeProvider clock)
{
    public const string TableName = "PrivacyRetention";
    private const string Partition = "campaign";

    private StorageTable Table => tables.Get(TableName);

    public async Task<RetentionRun?> GetAsync(string campaignId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, KeyEncoding.Encode(campaignId), cancellationToken);
        return row is null ? null : Read(campaignId, row);
    }

    /// <summary>The claimed purge, or null when it is done or another instance holds a live lease on it.</summary>
    public async Task<RetentionRun?> TryClaimAsync(string campaignId, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(campaignId, cancellationToken);
        var now = clock.GetUtcNow();
        if (existing is { Done: true } || (existing is not null && existing.Owner != owner && existing.LeaseUntil > now))
        {
            return null;
        }

        var salt = existing?.Salt ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        try
        {
            return await WriteAsync(new RetentionRun(campaignId, owner, now + lease, salt, false, ""), existing?.Version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    /// <summary>Extends the lease; a conflict (ConcurrencyConflictException) means another instance took the purge over.</summary>
    public Task<RetentionRun> RenewAsync(RetentionRun run, TimeSpan lease, CancellationToken cancellationToken) =>
        WriteAsync(run with { LeaseUntil = clock.GetUtcNow() + lease }, run.Version, cancellationToken);

    public Task<RetentionRun> CompleteAsync(RetentionRun run, CancellationToken cancellationToken) =>
        WriteAsync(run with { Done = true, Salt = null, CompletedAt = clock.GetUtcNow() }, run.Version, cancellationToken);

    private async Task<RetentionRun> WriteAsync(RetentionRun run, string? version, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, KeyEncoding.Encode(run.CampaignId))
        {
            ["CampaignId"] = run.CampaignId,
            ["Owner"] = run.Owner,
            ["LeaseUntil"] = run.LeaseUntil,
            ["Salt"] = run.Salt,
            ["Done"] = run.Done,
            ["AnswersAnonymized"] = run.AnswersAnonymized,
            ["AnswersDeleted"] = run.AnswersDeleted,
            ["SummariesEmptied"] = run.SummariesEmptied,
            ["AssignmentsDeleted"] = run.AssignmentsDeleted,
            ["PlansAnonymized"] = run.PlansAnonymized,
            ["PlansEmptied"] = run.PlansEmptied,
            ["CompletedAt"] = run.CompletedAt,
        };
        var etag = await Table.SaveAsync(entity, version, cancellationToken);
        return run with { Version = etag };
    }

    private static RetentionRun Read(string campaignId, Versioned<TableEntity> row) =>
        new(
            campaignId,
            row.Value.GetString("Owner") ?? "",
            row.Value.GetDateTimeOffset("LeaseUntil") ?? DateTimeOffset.MinValue,
            row.Value.GetString("Salt"),
            row.Value.GetBoolean("Done") ?? false,
            row.Version)
        {
            AnswersAnonymized = row.Value.GetInt32("AnswersAnonymized") ?? 0,
            AnswersDeleted = row.Value.GetInt32("AnswersDeleted") ?? 0,
            SummariesEmptied = row.Value.GetInt32("SummariesEmptied") ?? 0,
            AssignmentsDeleted = row.Value.GetInt32("AssignmentsDeleted") ?? 0,
            PlansAnonymized = row.Value.GetInt32("PlansAnonymized") ?? 0,
            PlansEmptied = row.Value.GetInt32("PlansEmptied") ?? 0,
            CompletedAt = row.Value.GetDateTimeOffset("CompletedAt"),
        };
}
