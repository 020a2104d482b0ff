using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// Keeps this instance's rate share and pauses in step with the others: every heartbeat it records itself, counts the
/// live instances (share = budget × safety ÷ live), publishes its own 429 pause and adopts any later one. The gate stays
/// closed until two heartbeats after the first: by the first of them the instances already running have counted this
/// one and lowered their share, and by the second what they sent under their old share has left the sliding second.
/// </summary>
public sealed partial class DeliveryCoordinator(
    DeliveryControlTable control,
    ConnectorRateGate gate,
    DeliveryInstance instance,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryCoordinator> logger) : BackgroundService
{
    private DateTimeOffset _published = DateTimeOffset.MinValue;

    /// <summary>One heartbeat round (public for tests); returns the share now in force.</summary>
    public async Task<double> BeatAsync(bool openGate, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var live = await control.BeatAsync(instance.Id, settings.InstanceExpiry, cancellationToken);
        var share = settings.GlobalRequestsPerSecond * settings.BudgetSafety / live;
        if (openGate)
        {
            gate.SetShare(share);
        }

        var local = gate.PausedUntil;
        if (local > _published && local > clock.GetUtcNow())
        {
            await control.PublishPauseAsync(local, cancellationToken);
            _published = local;
        }

        if (await control.ReadPauseAsync(cancellationToken) is { } shared && gate.PauseUntil(shared))
        {
            _published = shared;
            Log.AdoptedPause(logger, shared);
        }

        return share;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var beats = 0;
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, clock);
        do
        {
            try
            {
                await BeatAsync(openGate: beats >= 2, stoppingToken);
                beats++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Without fresh counts the share in force stays (others may join: it only errs low once they expire).
                Log.BeatFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await control.LeaveAsync(instance.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.BeatFailed(logger, ex.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Connector pause adopted from another instance until {Until:O}")]
        public static partial void AdoptedPause(ILogger logger, DateTimeOffset until);

        [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Delivery heartbeat failed: {Reason}")]
        public static partial void BeatFailed(ILogger logger, string reason);
    }
}

/// <summary>This process's identity among the delivery instances (heartbeat row key, step owner).</summary>
public sealed record DeliveryInstance(string Id)
{
    public static DeliveryInstance New() => new($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
}
