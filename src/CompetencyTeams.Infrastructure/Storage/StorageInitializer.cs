using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>
/// Creates every registered table and queue once, when the host starts (never in constructors, never lazily).
/// If storage is unreachable at start, the host still starts (so /healthz can say why) and creation is retried
/// in the background with a capped back-off until it succeeds.
/// </summary>
public sealed class StorageInitializer(
    TableServiceClient tables,
    QueueServiceClient queues,
    StorageNaming naming,
    IEnumerable<StorageResource> resources,
    TimeProvider time,
    ILogger<StorageInitializer> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan FirstAttemptBudget = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _background;

    /// <summary>Completes when every table and queue exists.</summary>
    public Task Ready => _ready.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(FirstAttemptBudget);
        try
        {
            await InitializeAsync(budget.Token);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsStorageFault(ex))
        {
            StorageLog.InitializationFailed(logger, ex, 1, TimeSpan.FromSeconds(2));
        }

        _background = RetryUntilReadyAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may dispose singletons before a late StopAsync (test hosts do); stopping twice is harmless.
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_background is not null)
        {
            await _background.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Creates whatever does not exist yet; safe to call again.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var distinct = resources.Distinct().ToList();
        foreach (var resource in distinct)
        {
            if (resource.Kind == StorageResourceKind.Table)
            {
                await tables.CreateTableIfNotExistsAsync(naming.Table(resource.LogicalName), cancellationToken);
            }
            else
            {
                await queues.GetQueueClient(naming.Queue(resource.LogicalName)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                await queues.GetQueueClient(naming.PoisonQueue(resource.LogicalName)).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            }
        }

        var tableCount = distinct.Count(r => r.Kind == StorageResourceKind.Table);
        StorageLog.StorageReady(logger, tableCount, distinct.Count - tableCount);
        _ready.TrySetResult();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Dispose();
        }
    }

    private async Task RetryUntilReadyAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(2);
        for (var attempt = 2; !stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(delay, time, stopping);
                await InitializeAsync(stopping);
                return;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (IsStorageFault(ex))
            {
                delay = TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, delay.Ticks * 2));
                StorageLog.InitializationFailed(logger, ex, attempt, delay);
            }
        }
    }

    private static bool IsStorageFault(Exception ex) =>
        ex is Azure.RequestFailedException or AggregateException or HttpRequestException or OperationCanceledException;
}
