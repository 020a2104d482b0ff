namespace CompetencyTeams.DevChannel.Graph;

/// <summary>The stand-in's own controls under /devchannel/graph: faults, the request log, users, sites, reset.</summary>
public static class GraphControlEndpoints
{
    public static IEndpointRouteBuilder MapGraphControl(this IEndpointRouteBuilder endpoints)
    {
        var control = endpoints.MapGroup("/devchannel/graph");
        control.MapGet("/faults", (GraphFaultInjector faults) => faults.Plan);
        control.MapPost("/faults", (GraphFaultPlan plan, GraphFaultInjector faults) =>
        {
            faults.Apply(plan);
            return Results.Ok(plan);
        });
        control.MapDelete("/faults", (GraphFaultInjector faults) =>
        {
            faults.Apply(GraphFaultPlan.None);
            return Results.NoContent();
        });
        control.MapGet("/requests", (GraphRequestLog log) => log.Entries);
        control.MapDelete("/requests", (GraphRequestLog log) =>
        {
            log.Clear();
            return Results.NoContent();
        });
        control.MapGet("/users", (GraphUserHandlers users) => users.All());
        control.MapPost("/users", (GraphUser user, GraphUserHandlers users) =>
        {
            users.Upsert(user);
            return Results.Ok(user);
        });
        control.MapPost("/sites", (SiteRequest site, GraphStore store) =>
            GraphStore.SplitSiteKey($"{site.Hostname}:{site.Path}") is { } key && site.Hostname.Length > 0
                ? Results.Ok(new { id = store.EnsureSite(key.Hostname, key.Path).Id })
                : Results.Problem("hostname and path (e.g. /sites/hr) are required.", statusCode: StatusCodes.Status400BadRequest));
        control.MapPost("/reset", (GraphStore store, GraphRequestLog log, GraphFaultInjector faults) =>
        {
            store.Reset();
            log.Clear();
            faults.Apply(GraphFaultPlan.None);
            return Results.NoContent();
        });
        return endpoints;
    }

    public sealed record SiteRequest(string Hostname, string Path);
}
