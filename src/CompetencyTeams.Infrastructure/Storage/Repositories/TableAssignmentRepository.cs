using Azure.Data.Tables;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// Assignments (delivery truth per campaign and person). PartitionKey = campaign id. Rows: "p|{person}" (the record),
/// "s|{state}|{person}" (the delivery engine pages through one state) and "t|{team}|{person}" (participation per team),
/// all rewritten in one transaction so the copies never disagree with the record.
/// </summary>
public sealed class TableAssignmentRepository(StorageTables tables) : IAssignmentRepository
{
    private const int MaxCampaignsPerPerson = 1000;

    private StorageTable Table => tables.Get(StorageNames.Assignments);

    public async Task<Versioned<Assignment>?> GetAsync(string campaignId, string personId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Encode(campaignId), PersonRow(personId), cancellationToken);
        return row is null ? null : Map(row.Value);
    }

    public async Task<int> AddMissingAsync(string campaignId, IReadOnlyList<Assignment> assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var foreign = assignments.FirstOrDefault(a => !string.Equals(a.CampaignId, campaignId, StringComparison.Ordinal));
        if (foreign is not null)
        {
            throw new ArgumentException($"Assignment of {foreign.PersonId} belongs to campaign {foreign.CampaignId}, not {campaignId}.", nameof(assignments));
        }

        var added = 0;

        // 33 people × 3 rows = 99 operations: one transaction per chunk when none exists yet (the usual first launch).
        foreach (var chunk in assignments.DistinctBy(a => a.PersonId, StringComparer.Ordinal).Chunk(33))
        {
            try
            {
                await IndexedRecord.AddAllAsync(Table, chunk.Select(Rows).ToList(), cancellationToken);
                added += chunk.Length;
            }
            catch (ConcurrencyConflictException)
            {
                added += await AddOneByOneAsync(chunk, cancellationToken);
            }
        }

        return added;
    }

    public Task<string> SaveAsync(Assignment assignment, string expectedVersion, CancellationToken cancellationToken) =>
        WriteAsync(assignment, expectedVersion, cancellationToken);

    public async Task<IReadOnlyList<Versioned<Assignment>>> GetManyAsync(string campaignId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var rows = await ReadRecordsAsync(campaignId, personIds, cancellationToken);
        return rows.Values.Select(Map).ToList();
    }

    public async Task<IReadOnlyList<string>> SaveManyAsync(string campaignId, IReadOnlyList<(Assignment Assignment, string ExpectedVersion)> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count > IAssignmentRepository.MaxSaveMany
            || changes.DistinctBy(c => c.Assignment.PersonId, StringComparer.Ordinal).Count() != changes.Count
            || changes.Any(c => !string.Equals(c.Assignment.CampaignId, campaignId, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"SaveManyAsync takes at most {IAssignmentRepository.MaxSaveMany} distinct people of campaign {campaignId}.", nameof(changes));
        }

        var records = changes.Select(c =>
        {
            var (main, index) = Rows(c.Assignment);
            return (main, index, c.ExpectedVersion);
        }).ToList();
        var people = changes.ToDictionary(c => PersonRow(c.Assignment.PersonId), c => c.Assignment.PersonId, StringComparer.Ordinal);
        return await IndexedRecord.ReplaceAllAsync(Table, records, rowKeys => ReadRecordsAsync(campaignId, [.. rowKeys.Select(k => people[k])], cancellationToken), cancellationToken);
    }

    public Task<Page<Versioned<Assignment>>> ListAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Encode(campaignId), "p|"), continuationToken, Map, cancellationToken);

    public Task<Page<Versioned<Assignment>>> ListByStateAsync(string campaignId, DeliveryState state, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Encode(campaignId), StatePrefix(state)), continuationToken, Map, cancellationToken);

    public Task<Page<Versioned<Assignment>>> ListForTeamAsync(string campaignId, string teamId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Encode(campaignId), TeamPrefix(teamId)), continuationToken, Map, cancellationToken);

    /// <summary>Cross-partition scan on RowKey (the bot's "status" command; a person is in few campaigns).</summary>
    public async Task<IReadOnlyList<Assignment>> ListForPersonAsync(string personId, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryBoundedAsync(TableClient.CreateQueryFilter($"RowKey eq {PersonRow(personId)}"), MaxCampaignsPerPerson, cancellationToken);
        return rows.Select(r => EntityJson.Read<Assignment>(r)).ToList();
    }

    public async Task<int> DeleteForPersonAsync(string personId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var assignment in await ListForPersonAsync(personId, cancellationToken))
        {
            deleted += await IndexedRecord.DeleteAsync(Table, Encode(assignment.CampaignId), PersonRow(personId), null, cancellationToken) ? 1 : 0;
        }

        return deleted;
    }

    public Task<bool> DeleteAsync(string campaignId, string personId, string? expectedVersion, CancellationToken cancellationToken) =>
        IndexedRecord.DeleteAsync(Table, Encode(campaignId), PersonRow(personId), expectedVersion, cancellationToken);

    private Task<string> WriteAsync(Assignment assignment, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var (main, index) = Rows(assignment);
        return IndexedRecord.SaveAsync(Table, main, index, expectedVersion, cancellationToken);
    }

    private async Task<int> AddOneByOneAsync(IEnumerable<Assignment> assignments, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var assignment in assignments)
        {
            try
            {
                await WriteAsync(assignment, null, cancellationToken);
                added++;
            }
            catch (ConcurrencyConflictException)
            {
                // Already frozen by an earlier (interrupted) launch: left untouched on purpose.
            }
        }

        return added;
    }

    /// <summary>The records of these people by row key (one range read for a run of neighbours, see <see cref="PointReads.InRangeAsync"/>).</summary>
    private Task<Dictionary<string, TableEntity>> ReadRecordsAsync(string campaignId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        PointReads.InRangeAsync(Table, Encode(campaignId), [.. personIds.Select(PersonRow)], cancellationToken);

    private static (TableEntity Main, IReadOnlyList<string> IndexRowKeys) Rows(Assignment assignment)
    {
        var main = EntityJson.Create(Encode(assignment.CampaignId), PersonRow(assignment.PersonId), assignment);
        main["State"] = assignment.State.ToString();
        main["Attempts"] = assignment.Attempts;
        main["CardActivityId"] = assignment.CardActivityId;
        main["LastError"] = assignment.LastError is { Length: > 1000 } error ? error[..1000] : assignment.LastError;
        List<string> index = [StatePrefix(assignment.State) + Encode(assignment.PersonId)];
        if (assignment.TeamId is not null)
        {
            index.Add(TeamPrefix(assignment.TeamId) + Encode(assignment.PersonId));
        }

        return (main, index);
    }

    private static string PersonRow(string personId) => "p|" + Encode(personId);

    private static string StatePrefix(DeliveryState state) => "s|" + state + "|";

    private static string TeamPrefix(string teamId) => "t|" + Encode(teamId) + "|";

    private static Versioned<Assignment> Map(TableEntity row) => new(EntityJson.Read<Assignment>(row), IndexedRecord.VersionOf(row));
}
