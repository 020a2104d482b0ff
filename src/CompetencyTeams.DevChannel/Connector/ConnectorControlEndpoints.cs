namespace CompetencyTeams.DevChannel.Connector;

/// <summary>The stand-in's own controls, for tests, benchmarks and the chat pages: faults, stats, conversations, reset.</summary>
public static class ConnectorControlEndpoints
{
    public static IEndpointRouteBuilder MapConnectorControl(this IEndpointRouteBuilder endpoints)
    {
        var control = endpoints.MapGroup("/devchannel/connector");
        control.MapGet("/faults", (FaultInjector faults) => faults.Plan);
        control.MapPost("/faults", (FaultPlan plan, FaultInjector faults) =>
        {
            faults.Apply(plan);
            return Results.Ok(plan);
        });
        control.MapGet("/stats", (ConnectorStats stats, TeamsRateLimiter limiter, ConversationStore store) => new
        {
            requests = stats.Requests,
            byStatus = stats.ByStatus.ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value),
            overLimitRequests = limiter.OverLimitRequests,
            conversations = store.All.Count,
            activities = store.All.Sum(c => c.Activities.Count),
        });
        control.MapGet("/conversations", (ConversationStore store) => store.All.Select(c => new
        {
            id = c.Id,
            tenantId = c.TenantId,
            botId = c.BotId,
            userId = c.UserId,
            activities = c.Activities.Select(a => new { id = a.Id, postedAt = a.PostedAt, updates = a.Updates, deleted = a.Deleted, activity = a.Activity }),
        }));
        control.MapDelete("/conversations/{conversationId}", (string conversationId, ConversationStore store) =>
            store.Forget(conversationId) ? Results.NoContent() : Results.NotFound());
        control.MapPost("/reset", (ConversationStore store, ConnectorStats stats, TeamsRateLimiter limiter, FaultInjector faults) =>
        {
            store.Clear();
            stats.Reset();
            limiter.Reset();
            faults.Apply(FaultPlan.None);
            return Results.NoContent();
        });
        return endpoints;
    }
}
