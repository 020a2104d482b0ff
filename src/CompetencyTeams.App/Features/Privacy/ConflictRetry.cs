using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>Read-modify-write helpers for the erasure and the purge, which change records other features write too.</summary>
internal static class ConflictRetry
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Applies <paramref name="change"/> (null: nothing to change) and saves under the version read; when someone saved
    /// meanwhile, reads again and applies it on top of their write. Returns the record as it was before the saved change,
    /// or null when nothing needed changing (or the record is gone).
    /// </summary>
    public static async Task<T?> RewriteAsync<T>(Versioned<T>? read, Func<T, T?> change, Func<T, string, Task> save, Func<Task<Versioned<T>?>> reread)
        where T : class
    {
        for (var attempt = 1; read is not null; attempt++)
        {
            if (change(read.Value) is not { } changed)
            {
                return null;
            }

            try
            {
                await save(changed, read.Version);
                return read.Value;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                read = await reread();
            }
        }

        return null;
    }
}
