using CompetencyTeams.Infrastructure.Storage.Queues;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Keeps a received message hidden while its work runs (renewing its visibility at half the timeout, in the
/// background, since the people of a chunk are sent side by side) and deletes it with its latest pop receipt.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly WorkQueueClient _queue;
    private readonly TimeSpan _visibility;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private ReceivedQueueMessage _message;

    public MessageLease(WorkQueueClient queue, ReceivedQueueMessage message, TimeSpan visibility, TimeProvider clock)
    {
        _queue = queue;
        _message = message;
        _visibility = visibility;
        _clock = clock;
        _renewal = RenewAsync(_stop.Token);
    }

    public async Task DeleteAsync(CancellationToken cancellationToken)
    {
        await StopAsync();
        await _queue.DeleteAsync(_message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        try
        {
            await _renewal;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(_visibility / 2, _clock, cancellationToken);
            _message = await _queue.UpdateVisibilityAsync(_message, _visibility, cancellationToken);
        }
    }
}
