using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CompetencyTeams.App.Features.Health;

public static class HealthEndpoints
{
    /// <summary>GET /healthz: 200 when every dependency answers, 503 otherwise; the body says which, as JSON.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteJsonAsync })
            .AllowAnonymous();
        return endpoints;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new HealthBody(
            report.Status.ToString().ToLowerInvariant(),
            report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new HealthEntryBody(
                    entry.Value.Status == HealthStatus.Healthy,
                    entry.Value.Status.ToString().ToLowerInvariant(),
                    entry.Value.Description,
                    entry.Value.Data.Count == 0 ? null : entry.Value.Data)));
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJson.Options, context.RequestAborted);
    }

    private sealed record HealthBody(string Status, Dictionary<string, HealthEntryBody> Checks);

    private sealed record HealthEntryBody(bool Reachable, string Status, string? Description, IReadOnlyDictionary<string, object>? Data);

    private static class HealthJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}
