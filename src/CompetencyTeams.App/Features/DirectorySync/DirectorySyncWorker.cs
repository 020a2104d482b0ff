using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>
/// The periodic sync: on each tick of a <see cref="PeriodicTimer"/> driven by the <see cref="TimeProvider"/>, syncs
/// when the last completed sync (by any instance) is older than DirectorySync:Interval. The lease makes one act.
/// </summary>
public sealed partial class DirectorySyncWorker(DirectorySyncService sync, IOptions<DirectorySyncOptions> options, TimeProvider clock, ILogger<DirectorySyncWorker> logger)
    : BackgroundService
{
    /// <summary>Ticks are more frequent than the interval, so an instance notices soon when another one died mid-sync.</summary>
    private TimeSpan Tick => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, Math.Min(options.Value.Interval.Ticks, options.Value.Lease.Ticks)));

    /// <summary>One look: the report when this instance synced, null when not due or another instance holds the sync.</summary>
    public async Task<DirectorySyncReport?> TickAsync(CancellationToken cancellationToken) =>
        await sync.IsDueAsync(cancellationToken) ? await sync.RunAsync(cancellationToken) : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.TickFailed(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8703, Level = LogLevel.Warning, Message = "Directory sync pass failed: {Reason}")]
        public static partial void TickFailed(ILogger logger, string reason);
    }
}
