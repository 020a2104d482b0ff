using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>Storage is reachable when the table service answers a one-item table listing within the probe's time.</summary>
public sealed class StorageHealthCheck(TableServiceClient tables, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        var started = time.GetTimestamp();
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages(pageSizeHint: 1))
            {
                break;
            }

            return HealthCheckResult.Healthy("Table storage reachable.", Data(started));
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            return HealthCheckResult.Unhealthy("Table storage unreachable: " + ex.GetType().Name, data: Data(started));
        }
    }

    private Dictionary<string, object> Data(long started) =>
        new() { ["latencyMs"] = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1) };
}
