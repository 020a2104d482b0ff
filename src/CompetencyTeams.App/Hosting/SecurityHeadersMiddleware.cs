using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CompetencyTeams.App.Hosting;

/// <summary>
/// First in the pipeline (through a startup filter), so that every response — 401s, 404s and errors included —
/// carries the security headers; also refuses oversized tab API bodies before anyone reads them. Removes any
/// X-Frame-Options another component adds: Teams must be able to frame the tab, and CSP frame-ancestors says by whom.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    private readonly string _contentSecurityPolicy = SecurityHeadersPolicy.ContentSecurityPolicy(
        options.Value.ScriptSources, SecurityHeadersPolicy.DevChannelOrigin(configuration, environment));

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isApi = context.Request.Path.StartsWithSegments("/api");
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers.Remove(HeaderNames.XFrameOptions);
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            if (isApi)
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });

        if (context.Request.Path.StartsWithSegments(SecurityHeadersRateLimiting.TabApiPrefix) && !await WithinBodyLimitAsync(context))
        {
            return;
        }

        await next(context);
    }

    private async Task<bool> WithinBodyLimitAsync(HttpContext context)
    {
        var limit = options.Value.TabApiMaxRequestBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength is not { } length || length <= limit)
        {
            return true;
        }

        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request too large",
                Detail = $"The request body is {length} bytes; the limit is {limit} / Le corps de la requête fait {length} octets ; la limite est {limit}.",
                Extensions = { ["code"] = "too-large" },
            },
        });
        return false;
    }
}
