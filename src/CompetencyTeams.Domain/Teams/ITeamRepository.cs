using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Teams;

public interface ITeamRepository
{
    Task<Versioned<Team>?> GetAsync(string teamId, CancellationToken cancellationToken);

    Task<Page<Team>> ListAsync(string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Teams a person manages (usually one; empty for a manager of nobody).</summary>
    Task<IReadOnlyList<Team>> ListManagedByAsync(string managerId, CancellationToken cancellationToken);

    Task<string> SaveAsync(Team team, string? expectedVersion, CancellationToken cancellationToken);

    Task DeleteAsync(string teamId, string expectedVersion, CancellationToken cancellationToken);
}
