using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>Team summaries: PartitionKey = campaign id, RowKey = team id. Derived data, so writes are unconditional upserts.</summary>
public sealed class TableTeamSummaryRepository(StorageTables tables) : ITeamSummaryRepository
{
    private StorageTable Table => tables.Get(StorageNames.TeamSummaries);

    public async Task<Versioned<TeamSummary>?> GetAsync(string campaignId, string teamId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Encode(campaignId), Encode(teamId), cancellationToken);
        return row is null ? null : new Versioned<TeamSummary>(EntityJson.Read<TeamSummary>(row.Value), row.Version);
    }

    public Task<string> UpsertAsync(TeamSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var entity = EntityJson.Create(Encode(summary.CampaignId), Encode(summary.TeamId), summary);
        entity["Headcount"] = summary.Headcount;
        entity["ValidatedCount"] = summary.ValidatedCount;
        entity["ComputedAt"] = summary.ComputedAt;
        return Table.UpsertAsync(entity, cancellationToken);
    }

    public Task<Page<TeamSummary>> ListForCampaignAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.Partition(Encode(campaignId)), continuationToken, EntityJson.Read<TeamSummary>, cancellationToken);
}
