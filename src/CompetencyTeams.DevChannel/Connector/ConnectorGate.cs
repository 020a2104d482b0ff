using CompetencyTeams.DevChannel.Identity;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Connector;

/// <summary>
/// Runs before every connector call, in the order Teams would: authentication, then the rate limits, then any injected
/// fault; and records the answer's status for the stats.
/// </summary>
public sealed class ConnectorGate(
    TeamsRateLimiter limiter,
    FaultInjector faults,
    ConversationStore store,
    ConnectorStats stats,
    DevTokenIssuer issuer,
    IOptionsMonitor<ConnectorOptions> options) : IEndpointFilter
{
    private const string BotConnectorAudience = "https://api.botframework.com";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var result = await DecideAsync(context, next, http);
        if (result is IResult answer)
        {
            await answer.ExecuteAsync(http);
            stats.Record(http.Response.StatusCode);
            return Results.Empty;
        }

        return result;
    }

    private async ValueTask<object?> DecideAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            || issuer.ValidateAccessToken(authorization["Bearer ".Length..], options.CurrentValue.TenantId, BotConnectorAudience) is null)
        {
            return ConnectorErrors.Unauthorized();
        }

        var plan = faults.Plan;
        if (plan.LatencyMs > 0)
        {
            await Task.Delay(plan.LatencyMs, http.RequestAborted);
        }

        var conversationId = http.Request.RouteValues.TryGetValue("conversationId", out var id) ? id as string : null;
        if (!limiter.TryAcquire(conversationId))
        {
            return ConnectorErrors.Throttled(limiter.RetryAfterSeconds);
        }

        var userId = conversationId is null ? null : store.Find(conversationId)?.UserId;
        return faults.Draw(userId) switch
        {
            InjectedFault.Throttled => ConnectorErrors.Throttled(plan.RetryAfterSeconds),
            InjectedFault.Unavailable => ConnectorErrors.Unavailable(),
            InjectedFault.Blocked => ConnectorErrors.Blocked(),
            _ => await next(context),
        };
    }
}
