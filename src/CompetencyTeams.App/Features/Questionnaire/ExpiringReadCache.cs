using System.Collections.Concurrent;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>
/// Keeps what a read returned for a fixed lifetime measured on the <see cref="TimeProvider"/>. Concurrent misses on
/// one key share one read (no stampede when an entry expires under load); a failed read or a "not found" is not kept.
/// A zero lifetime reads every time. Only for slow-changing records whose staleness the caller can afford.
/// </summary>
public sealed class ExpiringReadCache<TKey, TValue>(TimeProvider clock, TimeSpan lifetime)
    where TKey : notnull
    where TValue : class
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public TimeSpan Lifetime => lifetime;

    public async Task<TValue?> GetAsync(TKey key, Func<TKey, Task<TValue?>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (lifetime <= TimeSpan.Zero)
        {
            return await read(key).WaitAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        var entry = _entries.AddOrUpdate(
            key,
            static (k, state) => new Entry(state.Read, k, state.ExpiresAt),
            static (k, old, state) => old.IsUsableAt(state.Now) ? old : new Entry(state.Read, k, state.ExpiresAt),
            (Read: read, Now: now, ExpiresAt: now + lifetime));
        try
        {
            var value = await entry.Value.WaitAsync(cancellationToken);
            if (value is null)
            {
                _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
            }

            return value;
        }
        catch (Exception) when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            _entries.TryRemove(new KeyValuePair<TKey, Entry>(key, entry));
            throw;
        }
    }

    /// <summary>Drops one key, so the next read goes to storage (e.g. after this instance changed the record).</summary>
    public void Forget(TKey key) => _entries.TryRemove(key, out _);

    private sealed class Entry(Func<TKey, Task<TValue?>> read, TKey key, DateTimeOffset expiresAt)
    {
        private readonly Lazy<Task<TValue?>> _value = new(() => read(key));

        public Task<TValue?> Value => _value.Value;

        public bool IsUsableAt(DateTimeOffset now) => now < expiresAt && !(_value.IsValueCreated && (Value.IsFaulted || Value.IsCanceled));
    }
}
