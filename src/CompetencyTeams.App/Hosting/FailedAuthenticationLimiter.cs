using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Hosting;

/// <summary>
/// Counts, per client address, the requests that fail authentication on /api/tab and /api/messages (no token, or one
/// that does not validate), and refuses the failing ones with 429 once an address has used its
/// Security:AnonymousPermitPerMinute (a token bucket refilled one request at a time over the minute).
/// Only failures are counted and only failures are refused: the bot endpoint receives all Teams traffic from a few
/// Microsoft addresses, so an address-wide limit would throttle every user's valid channel traffic along with the flood.
/// IPv6 clients are counted per /64, the smallest block one subscriber usually holds. Behind a reverse proxy the
/// address is the proxy's unless forwarded headers are enabled (ASPNETCORE_FORWARDEDHEADERS_ENABLED).
/// </summary>
public sealed class FailedAuthenticationLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _refillEvery;

    public FailedAuthenticationLimiter(IOptions<SecurityHeadersOptions> options)
    {
        var permit = options.Value.AnonymousPermitPerMinute;
        _refillEvery = TimeSpan.FromMinutes(1) / permit;

        // Not auto-replenishing: the partitioned limiter's own heartbeat refills every bucket, so no timer per address.
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = permit,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = _refillEvery,
            QueueLimit = 0,
            AutoReplenishment = false,
        }));
    }

    /// <summary>True when this client has no failure left to spend: its next failing request must be refused.</summary>
    public bool IsExhausted(HttpContext context) =>
        _limiter.GetStatistics(ClientKey(context)) is { CurrentAvailablePermits: <= 0 };

    /// <summary>Spends one failure of the client's budget; a lease that is not acquired means: answer 429.</summary>
    public RateLimitLease CountFailure(HttpContext context) => _limiter.AttemptAcquire(ClientKey(context));

    public Task RejectAsync(HttpContext context, RateLimitLease lease) =>
        SecurityHeadersRateLimiting.WriteTooManyRequestsAsync(context, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _refillEvery).AsTask();

    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        { AddressFamily: AddressFamily.InterNetworkV6 } v6 => Prefix64(v6),
        var v4 => v4.ToString(),
    };

    public void Dispose() => _limiter.Dispose();

    private static string Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
