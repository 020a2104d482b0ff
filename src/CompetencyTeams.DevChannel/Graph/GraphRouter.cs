using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>
/// Answers one Graph call: bearer check, injected faults, the handler for its path, and the request log.
/// HTTP requests and JSON batch steps both come through here, so both are checked and logged alike.
/// </summary>
public sealed class GraphRouter(
    GraphStore store,
    GraphSiteHandlers sites,
    GraphUserHandlers users,
    GraphFaultInjector faults,
    GraphRequestLog log,
    IOptions<GraphStandInOptions> options)
{
    public GraphResponse Execute(GraphRequest request, string? batchStepId = null)
    {
        var response = Answer(request);
        log.Record(request, response, batchStepId);
        return response;
    }

    /// <summary>What a call gets before any handler runs: 401 without a bearer token, or an injected fault.</summary>
    public GraphResponse? Precheck(GraphRequest request)
    {
        if (options.Value.RequireBearerToken
            && request.Header("Authorization")?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) != true)
        {
            return GraphErrors.Unauthorized();
        }

        return faults.Draw(request);
    }

    public void Record(GraphRequest request, GraphResponse response) => log.Record(request, response, null);

    private GraphResponse Answer(GraphRequest request)
    {
        if (Precheck(request) is { } early)
        {
            return early;
        }

        if (request.Segments.Count == 0)
        {
            return GraphErrors.BadRequest("Invalid request.");
        }

        lock (store.Gate)
        {
            return request.Segments[0] switch
            {
                "sites" => sites.Route(request),
                "users" => users.Route(request),
                _ => GraphErrors.BadRequest($"Resource not found for the segment '{request.Segments[0]}'."),
            };
        }
    }
}
