using System.Globalization;
using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Infrastructure.Storage.Tables;
using static CompetencyTeams.Infrastructure.Storage.Tables.KeyEncoding;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// Framework versions. PartitionKey "f|{framework}", RowKey = newest-first version number, so a framework's versions are
/// one partition read in the right order; the whole version is JSON in chunked properties (≤ 1 MiB in all).
/// Partition "catalog" holds one row per framework describing its latest version (the paged framework list).
/// </summary>
public sealed class TableFrameworkRepository(StorageTables tables) : IFrameworkRepository
{
    private const string Catalog = "catalog";
    private const int MaxVersions = 1000;
    private static readonly string[] InfoColumns = ["Id", "Version", "Name", "Language", "Status", "PublishedAt", "CompetencyCount"];

    private StorageTable Table => tables.Get(StorageNames.Frameworks);

    public async Task<Versioned<CompetencyFramework>?> GetAsync(FrameworkRef framework, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(Partition(framework.FrameworkId), VersionRow(framework.Version), cancellationToken);
        return row is null ? null : new Versioned<CompetencyFramework>(EntityJson.Read<CompetencyFramework>(row.Value), row.Version);
    }

    public async Task<CompetencyFramework?> GetLatestPublishedAsync(string frameworkId, CancellationToken cancellationToken)
    {
        var versions = await ListVersionsAsync(frameworkId, cancellationToken);
        var latest = versions.FirstOrDefault(v => v.Status == FrameworkStatus.Published);
        return latest is null ? null : (await GetAsync(new FrameworkRef(frameworkId, latest.Version), cancellationToken))?.Value;
    }

    public async Task<IReadOnlyList<FrameworkVersionInfo>> ListVersionsAsync(string frameworkId, CancellationToken cancellationToken)
    {
        var rows = await Table.QueryBoundedAsync(RepositoryQueries.Partition(Partition(frameworkId)), MaxVersions, InfoColumns, cancellationToken);
        return rows.Select(Info).ToList();
    }

    public Task<Page<FrameworkVersionInfo>> ListFrameworksAsync(string? continuationToken, CancellationToken cancellationToken) =>
        RepositoryQueries.PageAsync(Table, RepositoryQueries.Partition(Catalog), continuationToken, Info, cancellationToken);

    public async Task<string> AddVersionAsync(CompetencyFramework framework, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var version = await Table.AddAsync(Row(framework), cancellationToken);
        await UpdateCatalogAsync(framework, cancellationToken);
        return version;
    }

    public async Task<string> ReplaceDraftAsync(CompetencyFramework framework, string expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var stored = await Table.GetAsync(Partition(framework.Id), VersionRow(framework.Version), cancellationToken)
            ?? throw new ConcurrencyConflictException($"Framework {framework.Ref} does not exist (any more); nothing was written.");
        if (stored.Value.GetString("Status") == nameof(FrameworkStatus.Published))
        {
            throw new DomainRuleException("framework.immutable", $"Framework {framework.Ref} is published and never changes; create the next version instead.");
        }

        var version = await Table.ReplaceAsync(Row(framework), expectedVersion, cancellationToken);
        await UpdateCatalogAsync(framework, cancellationToken);
        return version;
    }

    // The catalog row trails the version rows (another partition, so not in the same transaction); it is rewritten on
    // every write of the newest version, so a crash in between is repaired by the next save.
    private async Task UpdateCatalogAsync(CompetencyFramework framework, CancellationToken cancellationToken)
    {
        var current = await Table.GetAsync(Catalog, Encode(framework.Id), cancellationToken);
        if (current is not null && current.Value.GetInt32("Version") > framework.Version)
        {
            return;
        }

        var row = Row(framework);
        var info = new TableEntity(Catalog, Encode(framework.Id));
        foreach (var column in InfoColumns)
        {
            info[column] = row[column];
        }

        await Table.UpsertAsync(info, cancellationToken);
    }

    private static TableEntity Row(CompetencyFramework framework)
    {
        var row = EntityJson.Create(Partition(framework.Id), VersionRow(framework.Version), framework);
        row["Id"] = framework.Id;
        row["Version"] = framework.Version;
        row["Name"] = framework.Name;
        row["Language"] = framework.Language;
        row["Status"] = framework.Status.ToString();
        row["PublishedAt"] = framework.PublishedAt;
        row["CompetencyCount"] = framework.Competencies.Count();
        return row;
    }

    private static FrameworkVersionInfo Info(TableEntity row) => new(
        row.GetString("Id"),
        row.GetInt32("Version") ?? 0,
        row.GetString("Name"),
        row.GetString("Language"),
        Enum.Parse<FrameworkStatus>(row.GetString("Status")),
        row.GetDateTimeOffset("PublishedAt"),
        row.GetInt32("CompetencyCount") ?? 0);

    private static string Partition(string frameworkId) => "f|" + Encode(frameworkId);

    private static string VersionRow(int version) => (int.MaxValue - version).ToString("D10", CultureInfo.InvariantCulture);
}
