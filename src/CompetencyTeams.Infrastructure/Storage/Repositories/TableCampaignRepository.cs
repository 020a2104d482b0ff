using Azure.Data.Tables;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// Campaigns, one partition ("campaigns"; an organisation runs tens to hundreds). Rows: "id|{campaign}" (the record) and
/// "c|{newest-first creation time}|{campaign}" (a copy, so the HR list is a range read in the right order).
/// </summary>
public sealed class TableCampaignRepository(StorageTables tables) : ICampaignRepository
{
    private const string Partition = "campaigns";
    private const int MaxActive = 1000;

    private StorageTable Table => tables.Get(StorageNames.Campaigns);

    public async Task<Versioned<Campaign>?> GetAsync(string campaignId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, IdRow(campaignId), cancellationToken);
        return row is null ? null : Map(row.Value);
    }

    public Task<Page<Versioned<Campaign>>> ListAsync(CampaignStatus? status, string? continuationToken, CancellationToken cancellationToken)
    {
        var filter = status is null
            ? RepositoryQueries.RowPrefix(Partition, "c|")
            : RepositoryQueries.RowPrefix(Partition, "c|") + TableClient.CreateQueryFilter($" and Status eq {status.Value.ToString()}");
        return RepositoryQueries.PageAsync(Table, filter, continuationToken, Map, cancellationToken);
    }

    /// <summary>A filtered scan of the one campaigns partition (scheduled or running: a handful).</summary>
    public async Task<IReadOnlyList<Versioned<Campaign>>> ListActiveAsync(CancellationToken cancellationToken)
    {
        var filter = RepositoryQueries.RowPrefix(Partition, "id|") + TableClient.CreateQueryFilter(
            $" and (Status eq {nameof(CampaignStatus.Scheduled)} or Status eq {nameof(CampaignStatus.Running)})");
        return (await Table.QueryBoundedAsync(filter, MaxActive, cancellationToken)).Select(Map).ToList();
    }

    public Task<string> SaveAsync(Campaign campaign, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var main = EntityJson.Create(Partition, IdRow(campaign.Id), campaign);
        main["Status"] = campaign.Status.ToString();
        main["Deadline"] = campaign.Deadline;
        string[] index = ["c|" + NewestFirst(campaign.CreatedAt) + "|" + Encode(campaign.Id)];
        return IndexedRecord.SaveAsync(Table, main, index, expectedVersion, cancellationToken);
    }

    private static string IdRow(string campaignId) => "id|" + Encode(campaignId);

    private static Versioned<Campaign> Map(TableEntity row) => new(EntityJson.Read<Campaign>(row), IndexedRecord.VersionOf(row));
}
