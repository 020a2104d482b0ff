using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.ActionPlans;

public interface IActionPlanRepository
{
    Task<Versioned<ActionPlan>?> GetAsync(string campaignId, string teamId, CancellationToken cancellationToken);

    /// <summary>Creates (expectedVersion null) or replaces under optimistic concurrency; returns the new version tag.</summary>
    Task<string> SaveAsync(ActionPlan plan, string? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Every team's plan in a campaign (HR view, SharePoint publication), paged.</summary>
    Task<Page<ActionPlan>> ListForCampaignAsync(string campaignId, string? continuationToken, CancellationToken cancellationToken);
}
