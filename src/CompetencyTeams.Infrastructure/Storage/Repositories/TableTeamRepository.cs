using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Teams;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>Teams, one partition ("teams"). Rows: "id|{team}" (the record) and "manager|{manager}|{team}" (teams a manager runs).</summary>
public sealed class TableTeamRepository(StorageTables tables) : ITeamRepository
{
    private const string Partition = "teams";
    private const int MaxTeamsPerManager = 1000;

    private StorageTable Table => tables.Get(StorageNames.Teams);

    public async Task<Versioned<Team>?> GetAsync(string teamId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, IdRow(teamId), cancellationToken);
        return row is null ? null : new Versioned<Team>(EntityJson.Read<Team>(row.Value), IndexedRecord.VersionOf(row.Value));
    }

    public Task<Page<Team>> ListAsync(string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Partition, "id|"), continuationToken, EntityJson.Read<Team>, cancellationToken);

    public async Task<IReadOnlyList<Team>> ListManagedByAsync(string managerId, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryBoundedAsync(RepositoryQueries.RowPrefix(Partition, ManagerPrefix(managerId)), MaxTeamsPerManager, cancellationToken);
        return rows.Select(EntityJson.Read<Team>).ToList();
    }

    public Task<string> SaveAsync(Team team, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var main = EntityJson.Create(Partition, IdRow(team.Id), team);
        main["Name"] = team.Name;
        string[] index = team.ManagerId is null ? [] : [ManagerPrefix(team.ManagerId) + Encode(team.Id)];
        return IndexedRecord.SaveAsync(Table, main, index, expectedVersion, cancellationToken);
    }

    public Task DeleteAsync(string teamId, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        return IndexedRecord.DeleteAsync(Table, Partition, IdRow(teamId), expectedVersion, cancellationToken);
    }

    private static string IdRow(string teamId) => "id|" + Encode(teamId);

    private static string ManagerPrefix(string managerId) => "manager|" + Encode(managerId) + "|";
}
