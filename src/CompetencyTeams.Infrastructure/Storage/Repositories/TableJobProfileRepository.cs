using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>Job profiles: one partition ("profiles", a few dozen rows), RowKey = profile id. Versions are ETags.</summary>
public sealed class TableJobProfileRepository(StorageTables tables) : IJobProfileRepository
{
    private const string Partition = "profiles";

    private StorageTable Table => tables.Get(StorageNames.Profiles);

    public async Task<Versioned<JobProfile>?> GetAsync(string profileId, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition, Encode(profileId), cancellationToken);
        return row is null ? null : new Versioned<JobProfile>(EntityJson.Read<JobProfile>(row.Value), row.Version);
    }

    public async Task<IReadOnlyList<JobProfile>> GetManyAsync(IReadOnlyCollection<string> profileIds, CancellationToken cancellationToken)
    {
        var rows = await PointReads.ManyAsync(profileIds, id => Table.GetAsync(Partition, Encode(id), cancellationToken));
        return rows.Select(r => EntityJson.Read<JobProfile>(r.Value)).ToList();
    }

    public Task<Page<Versioned<JobProfile>>> ListAsync(string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.Partition(Partition), continuationToken, r => new Versioned<JobProfile>(EntityJson.Read<JobProfile>(r), r.ETag.ToString()), cancellationToken);

    public Task<string> SaveAsync(JobProfile profile, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var entity = EntityJson.Create(Partition, Encode(profile.Id), profile);
        entity["Framework"] = profile.Framework.ToString();
        return Table.SaveAsync(entity, expectedVersion, cancellationToken);
    }

    public Task DeleteAsync(string profileId, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        return Table.DeleteAsync(Partition, Encode(profileId), expectedVersion, cancellationToken);
    }
}
