using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Frameworks;

/// <summary>One line of the version list an HR user browses.</summary>
public sealed record FrameworkVersionInfo(string FrameworkId, int Version, string Name, string Language, FrameworkStatus Status, DateTimeOffset? PublishedAt, int CompetencyCount);

/// <summary>Framework versions. A published version is never overwritten; drafts are replaced under optimistic concurrency.</summary>
public interface IFrameworkRepository
{
    /// <summary>One exact version, or null.</summary>
    Task<Versioned<CompetencyFramework>?> GetAsync(FrameworkRef framework, CancellationToken cancellationToken);

    /// <summary>The highest published version of a framework, or null when none is published.</summary>
    Task<CompetencyFramework?> GetLatestPublishedAsync(string frameworkId, CancellationToken cancellationToken);

    /// <summary>Every version of one framework, newest first.</summary>
    Task<IReadOnlyList<FrameworkVersionInfo>> ListVersionsAsync(string frameworkId, CancellationToken cancellationToken);

    /// <summary>The latest version of each framework, paged.</summary>
    Task<Page<FrameworkVersionInfo>> ListFrameworksAsync(string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Stores a new version; throws <see cref="ConcurrencyConflictException"/> when that id+version already exists.</summary>
    Task<string> AddVersionAsync(CompetencyFramework framework, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a draft version (including its publication). Throws <see cref="ConcurrencyConflictException"/> when the stored
    /// version tag differs, and <see cref="DomainRuleException"/> (framework.immutable) when the stored version is published.
    /// </summary>
    Task<string> ReplaceDraftAsync(CompetencyFramework framework, string expectedVersion, CancellationToken cancellationToken);
}
