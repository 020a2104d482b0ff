using Azure.Data.Tables;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Infrastructure.Storage.Repositories;

/// <summary>Many point reads, a few at a time (cheaper than a scan when the ids are known).</summary>
internal static class PointReads
{
    private const int Parallelism = 16;
    private const int MaxIds = 5000;

    public static async Task<IReadOnlyList<Versioned<TableEntity>>> ManyAsync(IReadOnlyCollection<string> ids, Func<string, Task<Versioned<TableEntity>?>> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count > MaxIds)
        {
            throw new ArgumentException($"At most {MaxIds} ids per call; page the caller instead.", nameof(ids));
        }

        var found = new List<Versioned<TableEntity>>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(Parallelism))
        {
            found.AddRange((await Task.WhenAll(chunk.Select(read))).OfType<Versioned<TableEntity>>());
        }

        return found;
    }
}
