using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using CompetencyTeams.Infrastructure.Storage.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>
/// The storage shape of a domain record: its JSON in chunked "Data" properties (see <see cref="PropertyChunks"/>), a
/// schema number, and whatever plain columns a repository adds for filters and for people reading the table.
/// </summary>
internal static class EntityJson
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static TableEntity Create<T>(string partitionKey, string rowKey, T value)
    {
        var entity = new TableEntity(partitionKey, rowKey) { ["Schema"] = SchemaVersion };
        PropertyChunks.Write(entity, "Data", JsonSerializer.Serialize(value, Options));
        return entity;
    }

    public static T Read<T>(TableEntity entity)
    {
        var json = PropertyChunks.Read(entity, "Data")
            ?? throw new InvalidDataException($"Entity {EntityLimits.Describe(entity)} holds no data.");
        return JsonSerializer.Deserialize<T>(json, Options)
            ?? throw new InvalidDataException($"Entity {EntityLimits.Describe(entity)} holds empty data.");
    }

    /// <summary>Copies the stored record into another row (an index copy) keeping its data and columns.</summary>
    public static TableEntity CopyTo(TableEntity source, string rowKey)
    {
        var copy = new TableEntity(source.PartitionKey, rowKey);
        foreach (var (name, value) in source)
        {
            if (name is not "PartitionKey" and not "RowKey" and not "Timestamp" and not "odata.etag")
            {
                copy[name] = value;
            }
        }

        return copy;
    }
}
