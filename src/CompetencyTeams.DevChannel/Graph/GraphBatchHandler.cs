using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>
/// POST /v1.0/$batch: at most 20 steps with unique ids, relative urls, Content-Type when there is a body, optional
/// dependsOn (a failed dependency answers 424). The batch answers 200 whatever its steps answered.
/// </summary>
public sealed class GraphBatchHandler(GraphRouter router)
{
    public const int MaxSteps = 20;

    public GraphResponse Execute(GraphRequest batch)
    {
        if (batch.Body?["requests"] is not JsonArray steps || steps.Any(s => s is not JsonObject))
        {
            return GraphErrors.BadRequest("The batch body must hold a 'requests' array.");
        }

        if (steps.Count > MaxSteps)
        {
            return GraphErrors.BadRequest($"Number of batch request steps exceeds the maximum of {MaxSteps}.");
        }

        var ids = steps.Select(s => (string?)s!["id"]).ToList();
        if (ids.Any(string.IsNullOrEmpty) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return GraphErrors.BadRequest("Every batch step needs a unique id.");
        }

        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var responses = new JsonArray();
        foreach (var step in Ordered(steps.Cast<JsonObject>().ToList()))
        {
            var id = (string)step["id"]!;
            var dependsOn = (step["dependsOn"] as JsonArray ?? []).Select(d => (string?)d ?? "").ToList();
            var response = dependsOn.Any(d => !statuses.TryGetValue(d, out var status) || status is < 200 or >= 300)
                ? GraphErrors.Error(424, "failedDependency", "A step this one depends on failed.")
                : RunStep(batch, id, step);
            statuses[id] = response.Status;
            responses.Add(StepJson(id, response));
        }

        return GraphResponse.Json(200, new JsonObject { ["responses"] = responses });
    }

    private GraphResponse RunStep(GraphRequest batch, string id, JsonObject step)
    {
        var url = (string?)step["url"] ?? "";
        var method = (string?)step["method"] ?? "";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in step["headers"] as JsonObject ?? [])
        {
            headers[name] = value?.ToString() ?? "";
        }

        if (batch.Header("Authorization") is { } authorization)
        {
            headers["Authorization"] = authorization;
        }

        var body = step["body"]?.DeepClone();
        if (url.StartsWith("http", StringComparison.OrdinalIgnoreCase) || method.Length == 0)
        {
            return GraphErrors.BadRequest("A batch step needs a method and a url relative to the version (e.g. /sites/…).");
        }

        if (body is not null && !headers.ContainsKey("Content-Type"))
        {
            return GraphErrors.BadRequest("A batch step with a body must give its Content-Type header.");
        }

        var question = url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? url : url[..question];
        var query = question < 0 ? [] : QueryHelpers.ParseQuery(url[question..]).ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (segments.Count > 0 && segments[0] is "v1.0" or "beta")
        {
            segments.RemoveAt(0);
        }

        return router.Execute(new GraphRequest(method, segments, query, headers, body, batch.BaseUrl, IsBatchStep: true), id);
    }

    /// <summary>Steps in array order, except that a step waits for the steps it depends on.</summary>
    private static List<JsonObject> Ordered(List<JsonObject> steps)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<JsonObject>();
        var pending = new List<JsonObject>(steps);
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(s => (s["dependsOn"] as JsonArray ?? []).All(d => done.Contains((string?)d ?? "")
                || !steps.Any(o => (string?)o["id"] == (string?)d))) ?? pending[0];
            pending.Remove(ready);
            ordered.Add(ready);
            done.Add((string)ready["id"]!);
        }

        return ordered;
    }

    private static JsonObject StepJson(string id, GraphResponse response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }

        if (response.Body is not null)
        {
            headers["Content-Type"] = "application/json";
        }

        var json = new JsonObject { ["id"] = id, ["status"] = response.Status, ["headers"] = headers };
        if (response.Body is not null)
        {
            json["body"] = response.Body.DeepClone();
        }

        return json;
    }
}
