using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Campaigns;

/// <summary>Per campaign and person: what was sent. The participation report and the delivery engine read it.</summary>
public interface IAssignmentRepository
{
    Task<Versioned<Assignment>?> GetAsync(string campaignId, string personId, CancellationToken cancellationToken);

    /// <summary>Freezes (part of) an audience: inserts the assignments that do not exist yet and leaves existing ones untouched
    /// (so a launch interrupted and re-run never resets a delivered row). Returns how many were new.</summary>
    Task<int> AddMissingAsync(string campaignId, IReadOnlyList<Assignment> assignments, CancellationToken cancellationToken);

    /// <summary>Most assignments one <see cref="SaveManyAsync"/> takes (they fit one storage transaction).</summary>
    const int MaxSaveMany = 20;

    /// <summary>Replaces one assignment under optimistic concurrency; returns the new version tag.</summary>
    Task<string> SaveAsync(Assignment assignment, string expectedVersion, CancellationToken cancellationToken);

    /// <summary>The assignments of these people that exist (one read for a run of neighbours, as a launch chunk is).</summary>
    Task<IReadOnlyList<Versioned<Assignment>>> GetManyAsync(string campaignId, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);

    /// <summary>Replaces up to <see cref="MaxSaveMany"/> assignments of one campaign in one transaction: all are written or,
    /// when any was changed since its expected version, none (ConcurrencyConflictException). Returns the new versions in order.</summary>
    Task<IReadOnlyList<string>> SaveManyAsync(string campaignId, IReadOnlyList<(Assignment Assignment, string ExpectedVersion)> changes, CancellationToken cancellationToken);

    Task<Page<Versioned<Assignment>>> ListAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken);

    Task<Page<Versioned<Assignment>>> ListByStateAsync(string campaignId, DeliveryState state, string? continuationToken, CancellationToken cancellationToken);

    Task<Page<Versioned<Assignment>>> ListForTeamAsync(string campaignId, string teamId, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>The campaigns a person is (or was) in, for the bot's "status" command and the person's history.</summary>
    Task<IReadOnlyList<Assignment>> ListForPersonAsync(string personId, CancellationToken cancellationToken);

    Task<int> DeleteForPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Deletes one assignment (retention purge); with a version, only if unchanged. False when there was none.</summary>
    Task<bool> DeleteAsync(string campaignId, string personId, string? expectedVersion, CancellationToken cancellationToken);
}
