using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Tables;

/// <summary>Hands out <see cref="StorageTable"/>s by logical name (the prefix is applied here). Singleton.</summary>
public sealed class StorageTables(TableServiceClient service, StorageNaming naming)
{
    private readonly ConcurrentDictionary<string, StorageTable> _tables = new(StringComparer.Ordinal);

    public StorageTable Get(string logicalName) =>
        _tables.GetOrAdd(logicalName, name => new StorageTable(service.GetTableClient(naming.Table(name))));
}
