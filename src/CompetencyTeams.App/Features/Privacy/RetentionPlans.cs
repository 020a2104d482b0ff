using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// The action plans of a purged campaign (docs/decisions/0006): a team of at least the small-group threshold keeps
/// which levers were chosen, for which competency, profile or block, with their status and due date — but no person,
/// owner, author or free-text reason (which may name someone). A smaller team's plan is emptied: even without names, a
/// lever in a team of two points at a person. The headcount is the stored summary's; no summary counts as small.
/// </summary>
public sealed class RetentionPlans(IActionPlanRepository plans, ITeamSummaryRepository summaries, TimeProvider clock)
{
    public const string Anonymous = "anonymous";

    public async Task<(int Anonymized, int Emptied)> PurgeAsync(string campaignId, int threshold, CancellationToken cancellationToken)
    {
        var (anonymized, emptied) = (0, 0);
        foreach (var plan in await Pages.ReadAllAsync(token => plans.ListForCampaignAsync(campaignId, token, cancellationToken)))
        {
            var headcount = (await summaries.GetAsync(campaignId, plan.TeamId, cancellationToken))?.Value.Headcount ?? 0;
            var large = headcount >= threshold;
            var before = await ConflictRetry.RewriteAsync(
                await plans.GetAsync(campaignId, plan.TeamId, cancellationToken),
                p => large ? Anonymized(p) : Emptied(p),
                (p, version) => plans.SaveAsync(p, version, cancellationToken),
                () => plans.GetAsync(campaignId, plan.TeamId, cancellationToken));
            if (before is not null)
            {
                (anonymized, emptied) = large ? (anonymized + 1, emptied) : (anonymized, emptied + 1);
            }
        }

        return (anonymized, emptied);
    }

    public static bool IsAnonymous(PlannedAction action) =>
        action.PersonId is null && action.OwnerId == Anonymous && action.CreatedBy == Anonymous && action.Reason.Length == 0;

    private ActionPlan? Anonymized(ActionPlan plan) => plan.Actions.All(IsAnonymous) && plan.UpdatedBy == RetentionWorker.Actor
        ? null
        : plan with
        {
            Actions = [.. plan.Actions.Select(a => a with { PersonId = null, OwnerId = Anonymous, CreatedBy = Anonymous, Reason = "" })],
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = RetentionWorker.Actor,
        };

    private ActionPlan? Emptied(ActionPlan plan) => plan.Actions.Count == 0 && plan.UpdatedBy == RetentionWorker.Actor
        ? null
        : plan with { Actions = [], UpdatedAt = clock.GetUtcNow(), UpdatedBy = RetentionWorker.Actor };
}
