using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CompetencyTeams.App.Hosting;

/// <summary>
/// Where <see cref="FailedAuthenticationLimiter"/> sees failures. The per-user limit runs after authentication, so
/// without this a flood of bad or missing tokens would never be limited.
/// <list type="bullet">
/// <item>/api/tab: the tab scheme's challenge, which happens exactly when a protected endpoint gets no valid token
/// (anonymous endpoints such as the privacy notice never challenge, valid tokens never do).</item>
/// <item>/api/messages: the bot validates its channel token inside the endpoint, so a middleware counts its 401
/// answers, and once the address is exhausted validates the token first: a valid one goes through untouched.</item>
/// </list>
/// </summary>
public static class FailedAuthenticationLimiting
{
    internal static void LimitTabChallenges(JwtBearerOptions jwt, FailedAuthenticationLimiter limiter)
    {
        jwt.Events ??= new JwtBearerEvents();
        var previous = jwt.Events.OnChallenge;
        jwt.Events.OnChallenge = async context =>
        {
            using var lease = limiter.CountFailure(context.HttpContext);
            if (!lease.IsAcquired)
            {
                context.HandleResponse();
                await limiter.RejectAsync(context.HttpContext, lease);
                return;
            }

            await previous(context);
        };
    }

    /// <summary>The bot endpoint's side: see the class summary.</summary>
    internal sealed class BotEndpointMiddleware(RequestDelegate next, FailedAuthenticationLimiter limiter)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            if (!context.Request.Path.StartsWithSegments(BotEndpointRouteBuilderExtensions.DefaultPattern))
            {
                await next(context);
                return;
            }

            var counted = false;
            if (limiter.IsExhausted(context) && await FailsAuthenticationAsync(context))
            {
                using var lease = limiter.CountFailure(context);
                counted = true;
                if (!lease.IsAcquired)
                {
                    await limiter.RejectAsync(context, lease);
                    return;
                }
            }

            await next(context);
            if (!counted && context.Response.StatusCode == StatusCodes.Status401Unauthorized)
            {
                limiter.CountFailure(context).Dispose();
            }
        }

        /// <summary>
        /// Validates the channel token the way the endpoint will (paid twice only for valid requests from an exhausted
        /// address). 503 — signing keys unreachable — says nothing about the caller, so it is not a failure.
        /// </summary>
        private static async Task<bool> FailsAuthenticationAsync(HttpContext context)
        {
            var validator = context.RequestServices.GetRequiredService<BotTokenValidator>();
            var validation = await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), context.RequestAborted);
            return validation.Rejection?.StatusCode == StatusCodes.Status401Unauthorized;
        }
    }
}
