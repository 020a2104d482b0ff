using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// People, one partition ("people"). Rows: "id|{person}" (the record, with the chat address) and copies
/// "team|{team}|{person}", "profile|{profile}|{person}", "manager|{manager}|{person}" so every list is one range read;
/// the record and its copies change in one transaction (a move to another team moves the copy atomically).
/// </summary>
public sealed class TablePersonRepository(StorageTables tables) : IPersonRepository
{
    private const string Partition = "people";
    private const int MaxAttempts = 5;

    private StorageTable Table => tables.Get(StorageNames.People);

    public async Task<Versioned<Person>?> GetAsync(string objectId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, IdRow(objectId), cancellationToken);
        return row is null ? null : new Versioned<Person>(EntityJson.Read<Person>(row.Value), IndexedRecord.VersionOf(row.Value));
    }

    public async Task<IReadOnlyList<Person>> GetManyAsync(IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objectIds);
        var rows = await PointReads.InRangeAsync(Table, Partition, [.. objectIds.Select(IdRow)], cancellationToken);
        return rows.Values.Select(r => EntityJson.Read<Person>(r)).ToList();
    }

    public Task<Page<Person>> ListAsync(string? continuationToken, CancellationToken cancellationToken) => ListAsync("id|", continuationToken, cancellationToken);

    public Task<Page<Person>> ListByTeamAsync(string teamId, string? continuationToken, CancellationToken cancellationToken) =>
        ListAsync("team|" + Encode(teamId) + "|", continuationToken, cancellationToken);

    public Task<Page<Person>> ListByProfileAsync(string profileId, string? continuationToken, CancellationToken cancellationToken) =>
        ListAsync("profile|" + Encode(profileId) + "|", continuationToken, cancellationToken);

    public Task<Page<Person>> ListDirectReportsAsync(string managerId, string? continuationToken, CancellationToken cancellationToken) =>
        ListAsync("manager|" + Encode(managerId) + "|", continuationToken, cancellationToken);

    public Task<string> SaveAsync(Person person, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var main = EntityJson.Create(Partition, IdRow(person.ObjectId), person);
        main["DisplayName"] = person.DisplayName;
        main["TeamId"] = person.TeamId;
        main["HasChatAddress"] = person.ChatAddress is not null;
        var index = new List<string>(3);
        AddIndex(index, "team", person.TeamId, person.ObjectId);
        AddIndex(index, "profile", person.ProfileId, person.ObjectId);
        AddIndex(index, "manager", person.ManagerId, person.ObjectId);
        return IndexedRecord.SaveAsync(Table, main, index, expectedVersion, cancellationToken);
    }

    public async Task ImportAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        foreach (var imported in people)
        {
            await ChangeAsync(imported.ObjectId, existing => existing is null
                ? imported
                : imported with
                {
                    ChatAddress = imported.ChatAddress ?? existing.ChatAddress,
                    TimeShares = imported.TimeShares.PercentByBlock.Count > 0 ? imported.TimeShares : existing.TimeShares,
                }, cancellationToken);
        }
    }

    public async Task SetChatAddressAsync(string objectId, ChatAddress? address, CancellationToken cancellationToken)
    {
        await ChangeAsync(objectId, existing => existing switch
        {
            null when address is null => null,
            null => throw new KeyNotFoundException($"Person {objectId} is not in the directory; import them before recording a chat address."),
            _ => existing with { ChatAddress = address },
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string objectId, CancellationToken cancellationToken) =>
        IndexedRecord.DeleteAsync(Table, Partition, IdRow(objectId), null, cancellationToken);

    /// <summary>Read-modify-write, re-read and re-applied when someone else saved in between.</summary>
    private async Task ChangeAsync(string objectId, Func<Person?, Person?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(objectId, cancellationToken);
            var changed = change(current?.Value);
            if (changed is null)
            {
                return;
            }

            try
            {
                await SaveAsync(changed, current?.Version, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Someone else saved this person meanwhile: apply the change again on top of theirs.
            }
        }
    }

    private Task<Page<Person>> ListAsync(string rowPrefix, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Partition, rowPrefix), continuationToken, EntityJson.Read<Person>, cancellationToken);

    private static void AddIndex(List<string> index, string kind, string? value, string objectId)
    {
        if (!string.IsNullOrEmpty(value))
        {
            index.Add(kind + "|" + Encode(value) + "|" + Encode(objectId));
        }
    }

    private static string IdRow(string objectId) => "id|" + Encode(objectId);
}
