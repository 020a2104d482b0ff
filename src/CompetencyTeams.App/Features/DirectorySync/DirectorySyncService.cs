using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;

namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>
/// One sync: lease it, read all of Graph, plan, then write (teams first, so no person points at a missing team). A
/// Graph failure happens before any write, so it leaves people and teams as they were.
/// </summary>
public sealed partial class DirectorySyncService(
    GraphDirectoryReader reader,
    DirectorySyncLedger ledger,
    IPersonRepository people,
    ITeamRepository teams,
    Microsoft.Extensions.Options.IOptions<DirectorySyncOptions> options,
    TimeProvider clock,
    ILogger<DirectorySyncService> logger)
{
    private readonly string _owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    /// <summary>The report, or null when another instance is syncing. Throws <see cref="DirectorySyncException"/> when Graph fails.</summary>
    public async Task<DirectorySyncReport?> RunAsync(CancellationToken cancellationToken)
    {
        if (await ledger.TryClaimAsync(_owner, options.Value.Lease, cancellationToken) is not { } claim)
        {
            return null;
        }

        var startedAt = clock.GetUtcNow();
        try
        {
            var snapshot = await reader.ReadAsync(cancellationToken);
            var plan = DirectoryPlan.Build(snapshot, await Pages.ReadAllAsync(t => people.ListAsync(t, cancellationToken)), await Pages.ReadAllAsync(t => teams.ListAsync(t, cancellationToken)));
            foreach (var team in plan.AddedTeams.Concat(plan.UpdatedTeams))
            {
                await SaveTeamAsync(team, cancellationToken);
            }

            await people.ImportAsync([.. plan.AddedPeople, .. plan.UpdatedPeople], cancellationToken);
            var report = new DirectorySyncReport(
                startedAt, clock.GetUtcNow(), snapshot.Users.Count, plan.AddedPeople.Count, plan.UpdatedPeople.Count, plan.UnchangedPeople, plan.AddedTeams.Count, plan.UpdatedTeams.Count);
            // Released whatever the caller's token says: a lease left behind would hold other instances off until it expires.
            await ledger.ReleaseAsync(claim, report, null, CancellationToken.None);
            Log.Synced(logger, report.UsersRead, report.PeopleAdded, report.PeopleUpdated, report.TeamsAdded, report.TeamsUpdated);
            return report;
        }
        catch (DirectorySyncException ex)
        {
            await ledger.ReleaseAsync(claim, null, ex.Message, CancellationToken.None);
            Log.Failed(logger, ex.Status, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await ledger.ReleaseAsync(claim, null, ex.Message, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Whether the periodic sync is due: never completed, or the interval has passed since.</summary>
    public async Task<bool> IsDueAsync(CancellationToken cancellationToken) =>
        (await ledger.GetAsync(cancellationToken))?.LastCompletedAt is not { } last || clock.GetUtcNow() - last >= options.Value.Interval;

    private async Task SaveTeamAsync(Team team, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await teams.GetAsync(team.Id, cancellationToken);
            try
            {
                await teams.SaveAsync(current is null ? team : current.Value with { Name = team.Name, ManagerId = team.ManagerId }, current?.Version, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
                // Changed meanwhile (an HR import): apply the directory's name and manager on top of the new version.
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8701, Level = LogLevel.Information, Message = "Directory sync from Graph: {Users} users read, {Added} people added, {Updated} updated, {TeamsAdded} teams added, {TeamsUpdated} renamed")]
        public static partial void Synced(ILogger logger, int users, int added, int updated, int teamsAdded, int teamsUpdated);

        [LoggerMessage(EventId = 8702, Level = LogLevel.Warning, Message = "Directory sync from Graph failed ({Status}); nothing was written: {Reason}")]
        public static partial void Failed(ILogger logger, int status, string reason);
    }
}
