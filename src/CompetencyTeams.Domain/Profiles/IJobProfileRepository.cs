using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Profiles;

/// <summary>Job profiles of the organisation (a few dozen at most, but listed in pages like every list).</summary>
public interface IJobProfileRepository
{
    Task<Versioned<JobProfile>?> GetAsync(string profileId, CancellationToken cancellationToken);

    /// <summary>Profiles by id (missing ids are simply absent from the result).</summary>
    Task<IReadOnlyList<JobProfile>> GetManyAsync(IReadOnlyCollection<string> profileIds, CancellationToken cancellationToken);

    Task<Page<Versioned<JobProfile>>> ListAsync(string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Creates (expectedVersion null: fails with a conflict if it exists) or replaces under optimistic concurrency; returns the new version tag.</summary>
    Task<string> SaveAsync(JobProfile profile, string? expectedVersion, CancellationToken cancellationToken);

    Task DeleteAsync(string profileId, string expectedVersion, CancellationToken cancellationToken);
}
