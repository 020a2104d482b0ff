namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Lets this instance's worker stop waiting for its next poll when this instance has just enqueued work: a launch's
/// first cards leave at once instead of up to one idle poll later. Other instances still find the work by polling.
/// </summary>
public sealed class DeliveryWakeUp(TimeProvider clock)
{
    private int _pending;
    private TaskCompletionSource _signal = NewSignal();

    public void Signal()
    {
        Volatile.Write(ref _pending, 1);
        Volatile.Read(ref _signal).TrySetResult();
    }

    /// <summary>Returns after <paramref name="idle"/>, or as soon as work was signalled (at once if it was since the last wait).</summary>
    public async Task WaitAsync(TimeSpan idle, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _pending, 0) == 1)
        {
            return;
        }

        var signal = NewSignal();
        Volatile.Write(ref _signal, signal);
        if (Interlocked.Exchange(ref _pending, 0) == 1)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(idle, clock, stop.Token);
        await Task.WhenAny(signal.Task, delay);
        await stop.CancelAsync();
        Interlocked.Exchange(ref _pending, 0);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
