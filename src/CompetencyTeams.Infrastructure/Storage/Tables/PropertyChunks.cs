using Azure.Data.Tables;

namespace CompetencyTeams.Infrastructure.Storage.Tables;

/// <summary>
/// Stores a long text (typically JSON) across several string properties "{name}0", "{name}1"… of at most 32,000
/// characters each (a property holds 64 KiB, strings count 2 bytes per character), with "{name}Chunks" holding the count.
/// The entity's 1 MiB limit still applies and is checked on write.
/// </summary>
public static class PropertyChunks
{
    public const int MaxCharsPerChunk = 32_000;

    public static void Write(TableEntity entity, string name, string text)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        for (var start = 0; start < text.Length; count++)
        {
            var length = Math.Min(MaxCharsPerChunk, text.Length - start);

            // Never split a surrogate pair between two properties.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            entity[ChunkName(name, count)] = text.Substring(start, length);
            start += length;
        }

        entity[name + "Chunks"] = count;
    }

    /// <summary>The text written by <see cref="Write"/>, or null when the entity has none under that name.</summary>
    public static string? Read(TableEntity entity, string name)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var count = entity.GetInt32(name + "Chunks");
        if (count is null)
        {
            return null;
        }

        return string.Concat(Enumerable.Range(0, count.Value).Select(i =>
            entity.GetString(ChunkName(name, i)) ?? throw new InvalidDataException($"Chunk {i} of '{name}' is missing in entity {EntityLimits.Describe(entity)}.")));
    }

    private static string ChunkName(string name, int index) => name + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
