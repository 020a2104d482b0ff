using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>Action plans: PartitionKey = campaign id, RowKey = team id. Versions are the row's ETag.</summary>
public sealed class TableActionPlanRepository(StorageTables tables) : IActionPlanRepository
{
    private StorageTable Table => tables.Get(StorageNames.ActionPlans);

    public async Task<Versioned<ActionPlan>?> GetAsync(string campaignId, string teamId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Encode(campaignId), Encode(teamId), cancellationToken);
        return row is null ? null : new Versioned<ActionPlan>(EntityJson.Read<ActionPlan>(row.Value), row.Version);
    }

    public Task<string> SaveAsync(ActionPlan plan, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var entity = EntityJson.Create(Encode(plan.CampaignId), Encode(plan.TeamId), plan);
        entity["ActionCount"] = plan.Actions.Count;
        entity["UpdatedBy"] = plan.UpdatedBy;
        return Table.SaveAsync(entity, expectedVersion, cancellationToken);
    }

    public Task<Page<ActionPlan>> ListForCampaignAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.Partition(Encode(campaignId)), continuationToken, EntityJson.Read<ActionPlan>, cancellationToken);
}
