using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>
/// One Graph call as the stand-in sees it, whether it came over HTTP or as a step of a JSON batch.
/// <paramref name="Segments"/> are the URL-decoded path segments after /v1.0 (the SDK percent-encodes keys such as "host:/path").
/// </summary>
public sealed record GraphRequest(
    string Method,
    IReadOnlyList<string> Segments,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    string BaseUrl,
    bool IsBatchStep,
    string? RawTarget = null)
{
    public string Path => "/" + string.Join('/', Segments);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;
}

public sealed record GraphResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string> Headers)
{
    private static readonly Dictionary<string, string> NoHeaders = [];

    public static GraphResponse Json(int status, JsonNode? body) => new(status, body, NoHeaders);

    public static GraphResponse NoContent() => new(StatusCodes.Status204NoContent, null, NoHeaders);

    public bool IsSuccess => Status is >= 200 and < 300;
}

/// <summary>Errors in Graph's OData shape (<c>{"error":{"code","message"}}</c>), which the SDK maps to ODataError.</summary>
public static class GraphErrors
{
    public static GraphResponse BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "invalidRequest", message);

    public static GraphResponse NotFound(string message) => Error(StatusCodes.Status404NotFound, "itemNotFound", message);

    public static GraphResponse Conflict(string code, string message) => Error(StatusCodes.Status409Conflict, code, message);

    public static GraphResponse Unauthorized() =>
        Error(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");

    public static GraphResponse AccessDenied(string? message = null) =>
        Error(StatusCodes.Status403Forbidden, "accessDenied", message ?? "Access denied");

    public static GraphResponse Throttled(int retryAfterSeconds) =>
        Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests: the request has been throttled.") with
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };

    public static GraphResponse Unavailable(int? retryAfterSeconds) =>
        Error(StatusCodes.Status503ServiceUnavailable, "serviceNotAvailable", "The service is temporarily unavailable.") with
        {
            Headers = retryAfterSeconds is { } seconds
                ? new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) }
                : new Dictionary<string, string>(),
        };

    public static GraphResponse Error(int status, string code, string message) =>
        GraphResponse.Json(status, new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject { ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
            },
        });
}
