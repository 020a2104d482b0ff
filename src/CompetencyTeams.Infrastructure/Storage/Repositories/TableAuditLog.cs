using Azure.Data.Tables;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// The audit log, one partition ("log"). Each entry is written once, in one transaction, as "t|{newest-first time}|{id}"
/// (time ranges) plus copies "a|{actor}|{time}|{id}" and "s|{subject}|{time}|{id}", so each list is a range read,
/// newest first. Entries are never edited except by pseudonymization (erasure).
/// </summary>
public sealed class TableAuditLog(StorageTables tables) : IAuditLog
{
    private const string Partition = "log";
    private const int MaxEntriesPerPerson = 100_000;

    private StorageTable Table => tables.Get(StorageNames.AuditLog);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await Table.SubmitAsync(Rows(entry).Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)).ToList(), cancellationToken);
    }

    public Task<Page<AuditEntry>> ListAsync(DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? continuationToken, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey ge {"t|" + NewestFirst(toExclusive.AddTicks(-1))} and RowKey lt {"t|" + NewestFirst(fromInclusive) + "}"}");
        return RepositoryQueries.PageAsync(Table, filter, continuationToken, EntityJson.Read<AuditEntry>, cancellationToken);
    }

    public Task<Page<AuditEntry>> ListForSubjectAsync(string personId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Partition, SubjectPrefix(personId)), continuationToken, EntityJson.Read<AuditEntry>, cancellationToken);

    public Task<Page<AuditEntry>> ListByActorAsync(string actorId, string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.RowPrefix(Partition, ActorPrefix(actorId)), continuationToken, EntityJson.Read<AuditEntry>, cancellationToken);

    public async Task<int> PseudonymizeAsync(string personId, string pseudonym, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pseudonym);
        var touched = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        foreach (var prefix in new[] { SubjectPrefix(personId), ActorPrefix(personId) })
        {
            var rows = await Table.QueryBoundedAsync(RepositoryQueries.RowPrefix(Partition, prefix), MaxEntriesPerPerson, cancellationToken);
            foreach (var entry in rows.Select(EntityJson.Read<AuditEntry>))
            {
                touched[entry.Id] = entry;
            }
        }

        foreach (var entry in touched.Values)
        {
            var renamed = entry with
            {
                ActorId = entry.ActorId == personId ? pseudonym : entry.ActorId,
                SubjectPersonId = entry.SubjectPersonId == personId ? pseudonym : entry.SubjectPersonId,
                TargetId = entry.TargetId == personId ? pseudonym : entry.TargetId,
            };
            var newRows = Rows(renamed);
            var newKeys = newRows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
            var actions = Rows(entry).Where(r => !newKeys.Contains(r.RowKey))
                .Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, Azure.ETag.All))
                .Concat(newRows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)))
                .ToList();
            await Table.SubmitAsync(actions, cancellationToken);
        }

        return touched.Count;
    }

    private static List<TableEntity> Rows(AuditEntry entry)
    {
        var time = NewestFirst(entry.At) + "|" + Encode(entry.Id);
        var main = EntityJson.Create(Partition, "t|" + time, entry);
        main["Action"] = entry.Action;
        main["ActorId"] = entry.ActorId;
        main["TargetType"] = entry.TargetType;
        main["TargetId"] = entry.TargetId;
        var rows = new List<TableEntity> { main, EntityJson.CopyTo(main, ActorPrefix(entry.ActorId) + time) };
        if (entry.SubjectPersonId is not null)
        {
            rows.Add(EntityJson.CopyTo(main, SubjectPrefix(entry.SubjectPersonId) + time));
        }

        return rows;
    }

    private static string ActorPrefix(string actorId) => "a|" + Encode(actorId) + "|";

    private static string SubjectPrefix(string personId) => "s|" + Encode(personId) + "|";
}
