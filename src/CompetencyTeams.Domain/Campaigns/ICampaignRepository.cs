using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Campaigns;

public interface ICampaignRepository
{
    Task<Versioned<Campaign>?> GetAsync(string campaignId, CancellationToken cancellationToken);

    /// <summary>Campaigns newest first, optionally of one status (HR list).</summary>
    Task<Page<Versioned<Campaign>>> ListAsync(CampaignStatus? status, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Scheduled and running campaigns: what the scheduler examines on each tick (a small set).</summary>
    Task<IReadOnlyList<Versioned<Campaign>>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Creates (expectedVersion null) or replaces under optimistic concurrency; returns the new version tag.
    /// Two scheduler instances racing on the same transition: one wins, the other gets <see cref="ConcurrencyConflictException"/>.</summary>
    Task<string> SaveAsync(Campaign campaign, string? expectedVersion, CancellationToken cancellationToken);
}
