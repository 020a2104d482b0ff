using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>A scheduler step (launch, one reminder, close) claimed by one instance until <see cref="LeaseUntil"/>.</summary>
public sealed record CampaignStep(string CampaignId, string Step, string Owner, DateTimeOffset LeaseUntil, bool Done, string Version);

/// <summary>
/// Which scheduler steps of a campaign were done, and who is doing one now (table "CampaignSteps", PartitionKey =
/// campaign, RowKey = step). Claims are ETag-guarded inserts/replaces: of several instances, one wins; an expired lease
/// (its owner died) is taken over, so a restart continues the work.
/// </summary>
public sealed class CampaignStepTable(StorageTables tables, TimeProvider clock)
{
    public const string TableName = "CampaignSteps";

    private StorageTable Table => tables.Get(TableName);

    public async Task<CampaignStep?> GetAsync(string campaignId, string step, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(KeyEncoding.Encode(campaignId), KeyEncoding.Encode(step), cancellationToken);
        return row is null ? null : Map(campaignId, step, row);
    }

    /// <summary>
    /// The claimed step, or null when it is done or anyone holds a live lease on it, this instance included: a launch
    /// HR started runs beside the scheduler's tick in the same process, and only one of them may do it.
    /// </summary>
    public async Task<CampaignStep?> TryClaimAsync(string campaignId, string step, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(campaignId, step, cancellationToken);
        var now = clock.GetUtcNow();
        if (existing is { Done: true } || (existing is not null && existing.LeaseUntil > now))
        {
            return null;
        }

        try
        {
            return await WriteAsync(new CampaignStep(campaignId, step, owner, now + lease, false, existing?.Version ?? ""), existing?.Version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    /// <summary>Extends the lease during long work; a conflict means the lease was lost (ConcurrencyConflictException).</summary>
    public Task<CampaignStep> RenewAsync(CampaignStep step, TimeSpan lease, CancellationToken cancellationToken) =>
        WriteAsync(step with { LeaseUntil = clock.GetUtcNow() + lease }, step.Version, cancellationToken);

    public Task<CampaignStep> CompleteAsync(CampaignStep step, CancellationToken cancellationToken) =>
        WriteAsync(step with { Done = true }, step.Version, cancellationToken);

    /// <summary>Gives the step up so it is tried again on a later tick.</summary>
    public Task ReleaseAsync(CampaignStep step, CancellationToken cancellationToken) =>
        Table.DeleteAsync(KeyEncoding.Encode(step.CampaignId), KeyEncoding.Encode(step.Step), step.Version, cancellationToken);

    private async Task<CampaignStep> WriteAsync(CampaignStep step, string? version, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(KeyEncoding.Encode(step.CampaignId), KeyEncoding.Encode(step.Step))
        {
            ["Owner"] = step.Owner,
            ["LeaseUntil"] = step.LeaseUntil,
            ["Done"] = step.Done,
        };
        var etag = await Table.SaveAsync(entity, version, cancellationToken);
        return step with { Version = etag };
    }

    private static CampaignStep Map(string campaignId, string step, Versioned<TableEntity> row) => new(
        campaignId,
        step,
        row.Value.GetString("Owner") ?? "",
        row.Value.GetDateTimeOffset("LeaseUntil") ?? DateTimeOffset.MinValue,
        row.Value.GetBoolean("Done") ?? false,
        row.Version);
}
