using Azure.Data.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Tables;

/// <summary>
/// Azure Table Storage's real limits, checked before every write because Azurite accepts more than Azure does.
/// Sizes are counted the way Azure documents them (strings as UTF-16).
/// </summary>
public static class EntityLimits
{
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxCustomProperties = 252;
    public const int MaxPropertyBytes = 64 * 1024;
    public const int MaxPropertyNameChars = 255;

    private static readonly DateTime MinDateTime = new(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Throws <see cref="StorageLimitExceededException"/> naming the first limit the entity breaks.</summary>
    public static void EnsureWithinLimits(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        KeyEncoding.EnsureValidKey(entity.PartitionKey ?? throw new ArgumentException("PartitionKey is required.", nameof(entity)), "PartitionKey");
        KeyEncoding.EnsureValidKey(entity.RowKey ?? throw new ArgumentException("RowKey is required.", nameof(entity)), "RowKey");
        var custom = CustomProperties(entity).ToList();
        if (custom.Count > MaxCustomProperties)
        {
            throw new StorageLimitExceededException(
                "≤ 252 custom properties per entity",
                $"entity {Describe(entity)} has {custom.Count} custom properties.");
        }

        foreach (var (name, value) in custom)
        {
            EnsurePropertyName(entity, name);
            var size = ValueBytes(name, value) - (value is string or byte[] or BinaryData ? 4 : 0);
            if (size > MaxPropertyBytes)
            {
                throw new StorageLimitExceededException(
                    "property ≤ 64 KiB",
                    $"property '{name}' of entity {Describe(entity)} is {size} bytes (strings count 2 bytes per UTF-16 character); split it with {nameof(PropertyChunks)}.");
            }

            if (value is DateTime dateTime && dateTime.ToUniversalTime() < MinDateTime || value is DateTimeOffset offset && offset.UtcDateTime < MinDateTime)
            {
                throw new StorageLimitExceededException("dates from 1601-01-01 UTC", $"property '{name}' of entity {Describe(entity)} is before 1601.");
            }
        }

        var total = Size(entity);
        if (total > MaxEntityBytes)
        {
            throw new StorageLimitExceededException(
                "entity size ≤ 1 MiB",
                $"entity {Describe(entity)} is {total} bytes as Azure counts them; at most {MaxEntityBytes} are allowed.");
        }
    }

    /// <summary>
    /// 4 bytes + 2 × len(PartitionKey) + 2 × len(RowKey) + for each property 8 bytes + 2 × len(name) + the value's size.
    /// </summary>
    public static long Size(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long size = 4 + (2L * (entity.PartitionKey?.Length ?? 0)) + (2L * (entity.RowKey?.Length ?? 0));
        foreach (var (name, value) in CustomProperties(entity))
        {
            size += 8 + (2L * name.Length) + ValueBytes(name, value);
        }

        return size;
    }

    internal static string Describe(TableEntity entity) => $"({entity.PartitionKey}, {entity.RowKey})";

    private static IEnumerable<(string Name, object Value)> CustomProperties(TableEntity entity) =>
        entity
            .Where(p => p.Value is not null && p.Key is not "PartitionKey" and not "RowKey" and not "Timestamp" and not "odata.etag")
            .Select(p => (p.Key, p.Value));

    private static long ValueBytes(string name, object value) => value switch
    {
        string s => 4 + (2L * s.Length),
        byte[] bytes => 4 + bytes.LongLength,
        BinaryData data => 4 + data.ToMemory().Length,
        int => 4,
        long => 8,
        double => 8,
        bool => 1,
        DateTime or DateTimeOffset => 8,
        Guid => 16,
        Enum => 4 + (2L * value.ToString()!.Length),
        _ => throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which Table Storage cannot hold.", nameof(value)),
    };

    private static void EnsurePropertyName(TableEntity entity, string name)
    {
        if (name.Length == 0 || name.Length > MaxPropertyNameChars || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            throw new StorageLimitExceededException(
                "property names are identifiers of ≤ 255 characters",
                $"property '{name}' of entity {Describe(entity)} is not a valid property name.");
        }
    }
}
