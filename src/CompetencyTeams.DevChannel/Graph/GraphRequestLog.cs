namespace CompetencyTeams.DevChannel.Graph;

/// <summary>One call the stand-in answered. Batch steps are logged too, with the id of their step.</summary>
public sealed record GraphLoggedRequest(
    long Sequence,
    string Method,
    string Path,
    string? Query,
    string? Prefer,
    string? RetryAttempt,
    bool HadBearerToken,
    string? Body,
    int Status,
    string? BatchStepId,
    string? RawTarget);

/// <summary>The requests received, in order, so tests and the developer can see exactly what a client sent.</summary>
public sealed class GraphRequestLog
{
    private const int Capacity = 5000;
    private readonly Lock _gate = new();
    private readonly LinkedList<GraphLoggedRequest> _entries = new();
    private long _sequence;

    public IReadOnlyList<GraphLoggedRequest> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public void Record(GraphRequest request, GraphResponse response, string? batchStepId)
    {
        var query = request.Query.Count == 0 ? null : string.Join('&', request.Query.Select(q => q.Key + "=" + q.Value));
        lock (_gate)
        {
            _entries.AddLast(new GraphLoggedRequest(
                ++_sequence,
                request.Method.ToUpperInvariant(),
                request.Path,
                query,
                request.Header("Prefer"),
                request.Header("Retry-Attempt"),
                request.Header("Authorization")?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true,
                request.Body?.ToJsonString(),
                response.Status,
                batchStepId,
                request.RawTarget));
            if (_entries.Count > Capacity)
            {
                _entries.RemoveFirst();
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
