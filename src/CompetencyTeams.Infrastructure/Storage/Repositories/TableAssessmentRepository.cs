using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// Assessments. PartitionKey = campaign id. Rows: "p|{person}" (the record) and "t|{team}|{person}" (a copy, so one
/// team's dashboard is one single-partition range read). Both are written in one transaction.
/// </summary>
public sealed class TableAssessmentRepository(StorageTables tables) : IAssessmentRepository
{
    private const int MaxCampaignsPerPerson = 1000;

    private StorageTable Table => tables.Get(StorageNames.Assessments);

    public async Task<Versioned<Assessment>?> GetAsync(string campaignId, string personId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Encode(campaignId), PersonRow(personId), cancellationToken);
        return row is null ? null : Map(row.Value);
    }

    public Task<string> SaveAsync(Assessment assessment, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var main = EntityJson.Create(Encode(assessment.CampaignId), PersonRow(assessment.PersonId), assessment);
        main["Status"] = assessment.Status.ToString();
        main["TeamId"] = assessment.TeamId;
        main["PersonId"] = assessment.PersonId;
        string[] index = assessment.TeamId is null ? [] : [TeamRow(assessment.TeamId, assessment.PersonId)];
        return IndexedRecord.SaveAsync(Table, main, index, expectedVersion, cancellationToken);
    }

    public Task<Page<Versioned<Assessment>>> ListForTeamAsync(string campaignId, string teamId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Encode(campaignId), TeamPrefix(teamId)), continuationToken, Map, cancellationToken);

    public Task<Page<Versioned<Assessment>>> ListForCampaignAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Encode(campaignId), "p|"), continuationToken, Map, cancellationToken);

    /// <summary>Cross-partition scan on RowKey (rare: history and GDPR export).</summary>
    public async Task<IReadOnlyList<Assessment>> ListForPersonAsync(string personId, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryBoundedAsync(Azure.Data.Tables.TableClient.CreateQueryFilter($"RowKey eq {PersonRow(personId)}"), MaxCampaignsPerPerson, cancellationToken);
        return rows.Select(r => EntityJson.Read<Assessment>(r)).OrderByDescending(a => a.CreatedAt).ToList();
    }

    public Task<bool> DeleteAsync(string campaignId, string personId, string? expectedVersion, CancellationToken cancellationToken) =>
        IndexedRecord.DeleteAsync(Table, Encode(campaignId), PersonRow(personId), expectedVersion, cancellationToken);

    public async Task<int> DeleteForPersonAsync(string personId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var assessment in await ListForPersonAsync(personId, cancellationToken))
        {
            deleted += await IndexedRecord.DeleteAsync(Table, Encode(assessment.CampaignId), PersonRow(personId), null, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }

    private static string PersonRow(string personId) => "p|" + Encode(personId);

    private static string TeamPrefix(string teamId) => "t|" + Encode(teamId) + "|";

    private static string TeamRow(string teamId, string personId) => TeamPrefix(teamId) + Encode(personId);

    private static Versioned<Assessment> Map(Azure.Data.Tables.TableEntity row) => new(EntityJson.Read<Assessment>(row), IndexedRecord.VersionOf(row));
}
