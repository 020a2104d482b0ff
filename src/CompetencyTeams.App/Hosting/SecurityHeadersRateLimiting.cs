using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace CompetencyTeams.App.Hosting;

/// <summary>
/// The tab API's rate limit: a token bucket per signed-in user (the token's oid; per client address for anonymous
/// calls), from ASP.NET Core's rate limiter. A refused request gets 429 with Retry-After and a problem details body.
/// Other paths (the bot endpoint, health, the tab pages) are not limited here. This runs after authentication: requests
/// that fail it are counted per address by <see cref="FailedAuthenticationLimiter"/> instead.
/// </summary>
public static class SecurityHeadersRateLimiting
{
    public const string TabApiPrefix = "/api/tab";

    internal static void Configure(RateLimiterOptions limiter, IOptions<SecurityHeadersOptions> options)
    {
        var security = options.Value;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            !context.Request.Path.StartsWithSegments(TabApiPrefix)
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = security.TabApiBurst,
                    TokensPerPeriod = security.TabApiRequestsPerPeriod,
                    ReplenishmentPeriod = security.TabApiReplenishmentPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (rejected, cancellationToken) => WriteTooManyRequestsAsync(
            rejected.HttpContext,
            rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : security.TabApiReplenishmentPeriod);
    }

    public static string PartitionKey(HttpContext context) =>
        context.User.GetObjectId() is { Length: > 0 } objectId
            ? "user:" + objectId
            : "address:" + context.Connection.RemoteIpAddress;

    /// <summary>429 with Retry-After (whole seconds, at least 1) and a problem details body.</summary>
    internal static async ValueTask WriteTooManyRequestsAsync(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many requests; try again in {seconds} s / Trop de requêtes ; réessayez dans {seconds} s.",
                Extensions = { ["code"] = "rate-limited", ["retryAfterSeconds"] = seconds },
            },
        });
    }
}
