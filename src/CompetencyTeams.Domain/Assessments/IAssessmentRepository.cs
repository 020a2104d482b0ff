using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Assessments;

/// <summary>Assessments per campaign and person. A team's dashboard reads one team's assessments in one query.</summary>
public interface IAssessmentRepository
{
    Task<Versioned<Assessment>?> GetAsync(string campaignId, string personId, CancellationToken cancellationToken);

    /// <summary>Creates (expectedVersion null: conflict if it exists) or replaces under optimistic concurrency; returns the new version tag.
    /// Throws <see cref="ConcurrencyConflictException"/> when someone else saved in between: nothing is written.</summary>
    Task<string> SaveAsync(Assessment assessment, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>The assessments of one team (frozen team id) in a campaign, paged.</summary>
    Task<Page<Versioned<Assessment>>> ListForTeamAsync(string campaignId, string teamId, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Every assessment of a campaign, paged (organisation map, exports, summaries).</summary>
    Task<Page<Versioned<Assessment>>> ListForCampaignAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>One person's assessments across campaigns (history view, GDPR export), newest first.</summary>
    Task<IReadOnlyList<Assessment>> ListForPersonAsync(string personId, CancellationToken cancellationToken);

    /// <summary>Deletes one assessment (retention purge); with a version, only if unchanged. False when there was none.</summary>
    Task<bool> DeleteAsync(string campaignId, string personId, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Erases a person's assessments (GDPR); returns how many were deleted.</summary>
    Task<int> DeleteForPersonAsync(string personId, CancellationToken cancellationToken);
}
