using CompetencyTeams.App.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Hosting;

public static class SecurityHeadersExtensions
{
    /// <summary>Security headers on every response, the tab API's size and rate limits, the per-address limit on failed authentication, and no Server header.</summary>
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddTransient<IStartupFilter, SecurityHeadersStartupFilter>();
        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        // Antiforgery would add X-Frame-Options: SAMEORIGIN, which stops Teams from framing the tab; CSP frame-ancestors replaces it.
        services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.SuppressXFrameOptionsHeader = true);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityHeadersOptions>>(SecurityHeadersRateLimiting.Configure);
        services.AddSingleton<FailedAuthenticationLimiter>();
        services.AddOptions<JwtBearerOptions>(TabAuthentication.Scheme).PostConfigure<FailedAuthenticationLimiter>(FailedAuthenticationLimiting.LimitTabChallenges);
        return builder;
    }

    /// <summary>The rate limiter, after authentication so that it partitions by the validated user.</summary>
    public static WebApplication UseTabApiRateLimiter(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        return app;
    }

    private sealed class SecurityHeadersStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<SecurityHeadersMiddleware>();

            // Before routing and authentication, so that failing requests are refused before any work is spent on them.
            app.UseMiddleware<FailedAuthenticationLimiting.BotEndpointMiddleware>();
            next(app);
        };
    }
}
