using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>The Graph subset the product uses, served under /v1.0 (exactly: the SDK's batch code assumes that prefix).</summary>
public static class GraphStandInEndpoints
{
    private static readonly string[] Methods = ["GET", "POST", "PATCH", "PUT", "DELETE"];

    public static IServiceCollection AddGraphStandIn(this IServiceCollection services)
    {
        services.AddOptions<GraphStandInOptions>().BindConfiguration(GraphStandInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GraphStore>();
        services.AddSingleton<GraphItemHandlers>();
        services.AddSingleton<GraphSiteHandlers>();
        services.AddSingleton<GraphUserHandlers>();
        services.AddSingleton<GraphFaultInjector>();
        services.AddSingleton<GraphRequestLog>();
        services.AddSingleton<GraphRouter>();
        services.AddSingleton<GraphBatchHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapGraphStandIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/v1.0/{**rest}", Methods, HandleAsync).ExcludeFromDescription();
        endpoints.MapGraphControl();
        endpoints.MapGet("/devchannel/sharepoint", (GraphStore store) => Results.Content(SharePointPage.Render(store), "text/html; charset=utf-8"));
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, GraphRouter router, GraphBatchHandler batch)
    {
        GraphRequest request;
        try
        {
            request = await ReadAsync(context);
        }
        catch (JsonException)
        {
            await WriteAsync(context, GraphErrors.BadRequest("The body is not valid JSON."));
            return;
        }

        GraphResponse response;
        if (request.Segments is ["$batch"])
        {
            response = router.Precheck(request) ?? batch.Execute(request);
            router.Record(request, response);
        }
        else
        {
            response = router.Execute(request);
        }

        await WriteAsync(context, response);
    }

    private static async Task<GraphRequest> ReadAsync(HttpContext context)
    {
        // The raw target keeps %2F inside keys such as "host:/sites/x"; splitting before decoding keeps them one segment.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var path = string.IsNullOrEmpty(raw) || !raw.StartsWith('/') ? context.Request.Path.Value ?? "" : raw.Split('?', 2)[0];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Uri.UnescapeDataString).ToList();
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        JsonNode? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }

        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}/v1.0";
        return new GraphRequest(context.Request.Method, segments, query, headers, body, baseUrl, IsBatchStep: false, RawTarget: raw);
    }

    private static async Task WriteAsync(HttpContext context, GraphResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; odata.metadata=minimal";
            await context.Response.WriteAsync(response.Body.ToJsonString(), context.RequestAborted);
        }
    }
}
