using System.Collections.Concurrent;

namespace CompetencyTeams.DevChannel.Connector;

/// <summary>What the connector stand-in answered, for tests and benchmarks (GET /devchannel/connector/stats).</summary>
public sealed class ConnectorStats
{
    private readonly ConcurrentDictionary<int, long> _byStatus = new();
    private long _requests;

    public void Record(int status)
    {
        Interlocked.Increment(ref _requests);
        _byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public long Requests => Interlocked.Read(ref _requests);

    public IReadOnlyDictionary<int, long> ByStatus => new Dictionary<int, long>(_byStatus);

    public void Reset()
    {
        _byStatus.Clear();
        Interlocked.Exchange(ref _requests, 0);
    }
}
