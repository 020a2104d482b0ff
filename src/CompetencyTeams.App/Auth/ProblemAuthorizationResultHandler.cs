using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CompetencyTeams.App.Auth;

/// <summary>
/// Policy failures answer like every other API error: after the scheme's own challenge (401 with WWW-Authenticate) or
/// forbid (403), the body is a problem details document saying which.
/// </summary>
public sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (!(authorizeResult.Challenged || authorizeResult.Forbidden) || context.Response.HasStarted)
        {
            return;
        }

        var forbidden = authorizeResult.Forbidden;
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Title = forbidden ? "Forbidden" : "Unauthorized",
                Detail = forbidden
                    ? "Your account does not have the role this needs."
                    : "Sign in through Microsoft Teams: a valid Teams SSO token for this app is required.",
                Extensions = { ["code"] = forbidden ? "forbidden" : "unauthenticated" },
            },
        });
    }
}
