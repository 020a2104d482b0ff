using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace CompetencyTeams.App.Auth;

/// <summary>
/// The tab's authorization policies. "Tab.User": a validated tab token for a user (object id) with the tab's scope.
/// "Tab.Hr": that, plus the HR app role. Manager and self rules depend on the data and are checked by <see cref="AccessScope"/>.
/// </summary>
public static class TabPolicies
{
    public const string User = "Tab.User";
    public const string Hr = "Tab.Hr";

    internal static IServiceCollection AddTabAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddOptions<Microsoft.AspNetCore.Authorization.AuthorizationOptions>().Configure<IOptions<TabOptions>>((authorization, options) =>
        {
            var tab = options.Value;
            authorization.AddPolicy(User, policy => policy
                .AddAuthenticationSchemes(TabAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => IsTabUser(context.User, tab)));
            authorization.AddPolicy(Hr, policy => policy
                .AddAuthenticationSchemes(TabAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => IsTabUser(context.User, tab))
                .RequireRole(tab.HrRole));
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddScoped<AccessScopeFactory>();
        return services;
    }

    /// <summary>A person signed in through the tab: has an object id and the delegated scope (app-only tokens are refused).</summary>
    public static bool IsTabUser(ClaimsPrincipal user, TabOptions tab) =>
        !string.IsNullOrEmpty(user.GetObjectId()) && Scopes(user).Contains(tab.RequiredScope, StringComparer.Ordinal);

    private static IEnumerable<string> Scopes(ClaimsPrincipal user) =>
        user.FindAll(ClaimConstants.Scp).Concat(user.FindAll(ClaimConstants.Scope))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
