using CompetencyTeams.Domain.Common;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// Erasure of a person in the team-level records of every campaign: plan actions that named them, that they own or
/// created (the person link is removed, owner and author become the pseudonym), plans they changed last, SharePoint
/// publication requests they made, and the team summaries that mention them (collected for recomputation).
/// </summary>
public sealed class PlanReferences(IActionPlanRepository plans, ITeamSummaryRepository summaries, PublicationStatusStore publications, TimeProvider clock)
{
    public async Task PseudonymizeAsync(IReadOnlyList<string> campaignIds, string personId, string pseudonym, string actorId, ErasedReferences found, CancellationToken cancellationToken)
    {
        foreach (var campaignId in campaignIds)
        {
            var campaignPlans = await Pages.ReadAllAsync(token => plans.ListForCampaignAsync(campaignId, token, cancellationToken));
            foreach (var plan in campaignPlans.Where(p => p.UpdatedBy == personId || p.Actions.Any(a => Mentions(a, personId))))
            {
                var before = await ConflictRetry.RewriteAsync(
                    await plans.GetAsync(campaignId, plan.TeamId, cancellationToken),
                    p => Pseudonymized(p, personId, pseudonym, actorId),
                    (p, version) => plans.SaveAsync(p, version, cancellationToken),
                    () => plans.GetAsync(campaignId, plan.TeamId, cancellationToken));
                found.Add(ReferenceKinds.ActionItem, before?.Actions.Count(a => Mentions(a, personId)) ?? 0);
                found.Add(ReferenceKinds.PlanEditor, before?.UpdatedBy == personId ? 1 : 0);
            }

            foreach (var request in (await publications.ListForCampaignAsync(campaignId, cancellationToken)).Where(s => s.RequestedBy == personId))
            {
                var before = await ConflictRetry.RewriteAsync(
                    await publications.GetAsync(campaignId, request.TeamId, cancellationToken),
                    s => s.RequestedBy == personId ? s with { RequestedBy = pseudonym } : null,
                    (s, version) => publications.SaveAsync(s, version, cancellationToken),
                    () => publications.GetAsync(campaignId, request.TeamId, cancellationToken));
                found.Add(ReferenceKinds.PublicationRequester, before is null ? 0 : 1);
            }

            var teamSummaries = await Pages.ReadAllAsync(token => summaries.ListForCampaignAsync(campaignId, token, cancellationToken));
            foreach (var summary in teamSummaries.Where(s => Mentions(s, personId)))
            {
                found.SummaryMentions(campaignId, summary.TeamId);
            }
        }
    }

    public static bool Mentions(PlannedAction action, string personId) =>
        action.PersonId == personId || action.OwnerId == personId || action.CreatedBy == personId;

    private static bool Mentions(TeamSummary summary, string personId) =>
        summary.ManagerId == personId || summary.TopLevers.Any(l => l.PersonId == personId || l.SuggestedPersonId == personId);

    private ActionPlan? Pseudonymized(ActionPlan plan, string personId, string pseudonym, string actorId) =>
        plan.UpdatedBy != personId && !plan.Actions.Any(a => Mentions(a, personId)) ? null : plan with
        {
            Actions = [.. plan.Actions.Select(a => !Mentions(a, personId) ? a : a with
            {
                PersonId = a.PersonId == personId ? null : a.PersonId,
                OwnerId = a.OwnerId == personId ? pseudonym : a.OwnerId,
                CreatedBy = a.CreatedBy == personId ? pseudonym : a.CreatedBy,
            })],
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = actorId,
        };
}
