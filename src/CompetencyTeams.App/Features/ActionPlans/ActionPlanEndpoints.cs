using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.Domain.ActionPlans;

namespace CompetencyTeams.App.Features.ActionPlans;

/// <summary>A team's action plan: HR and the team's manager read it; the manager accepts proposals, adds and edits actions.</summary>
public static class ActionPlanEndpoints
{
    public static RouteGroupBuilder MapActionPlans(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId}/teams/{teamId}/action-plan", GetAsync);
        api.MapPost("/campaigns/{campaignId}/teams/{teamId}/action-plan/actions", AddAsync);
        api.MapPut("/campaigns/{campaignId}/teams/{teamId}/action-plan/actions/{actionId}", UpdateAsync);
        return api;
    }

    private static async Task<IResult> GetAsync(
        string campaignId, string teamId, ClaimsPrincipal principal, AccessScopeFactory scopes, DashboardAnalyses analyses, IActionPlanRepository plans, CancellationToken cancellationToken)
    {
        if (!await scopes.For(principal).CanReadTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden($"You may not see the action plan of team '{teamId}'.");
        }

        var analysis = await analyses.GetAsync(campaignId, cancellationToken);
        if (analysis is null)
        {
            return ApiProblems.NotFound($"There is no campaign '{campaignId}'.");
        }

        var stored = await plans.GetAsync(campaignId, teamId, cancellationToken);
        var actions = stored?.Value.Actions ?? [];
        var proposals = analysis.Proposals.ForTeam(teamId).Select(p => new ProposalView(ProposalKeys.Of(p), p, ProposalKeys.IsAccepted(p, actions))).ToList();
        return TypedResults.Ok(new ActionPlanView(campaignId, teamId, proposals, actions, stored?.Version, stored?.Value.UpdatedAt, stored?.Value.UpdatedBy));
    }

    private static async Task<IResult> AddAsync(
        string campaignId,
        string teamId,
        AddActionRequest request,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        DashboardAnalyses analyses,
        ActionPlanWriter writer,
        CancellationToken cancellationToken)
    {
        var scope = scopes.For(principal);
        if (!await scope.ManagesTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden($"Only the manager of team '{teamId}' changes its action plan.");
        }

        var analysis = await analyses.GetAsync(campaignId, cancellationToken);
        if (analysis is null)
        {
            return ApiProblems.NotFound($"There is no campaign '{campaignId}'.");
        }

        var proposal = request.ProposalKey is null ? null : analysis.Proposals.ForTeam(teamId).FirstOrDefault(p => ProposalKeys.Of(p) == request.ProposalKey);
        if (request.ProposalKey is not null && proposal is null)
        {
            return ApiProblems.Invalid("proposalKey", $"No current proposal of team '{teamId}' has the key '{request.ProposalKey}'.");
        }

        if ((request.Lever ?? proposal?.Type) is not { } lever)
        {
            return ApiProblems.Invalid("lever", "Choose a lever (Training, Recruitment, Mobility, Organisation) or a proposal.");
        }

        var reason = request.Reason ?? proposal?.Reason.For(request.Locale ?? "fr") ?? "";
        return await writer.ChangeAsync(campaignId, teamId, request.Version, scope.User, (plan, actionId, clock) =>
            plan.Add(actionId, lever, reason, request.OwnerId ?? scope.User.ObjectId, request.DueDate, scope.User.ObjectId, clock, proposal), cancellationToken);
    }

    private static async Task<IResult> UpdateAsync(
        string campaignId,
        string teamId,
        string actionId,
        UpdateActionRequest request,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        IActionPlanRepository plans,
        ActionPlanWriter writer,
        CancellationToken cancellationToken)
    {
        var scope = scopes.For(principal);
        if (!await scope.ManagesTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden($"Only the manager of team '{teamId}' changes its action plan.");
        }

        var existing = (await plans.GetAsync(campaignId, teamId, cancellationToken))?.Value.Actions.FirstOrDefault(a => a.Id == actionId);
        if (existing is null)
        {
            return ApiProblems.NotFound($"There is no action '{actionId}' in the plan of team '{teamId}'.");
        }

        return await writer.ChangeAsync(campaignId, teamId, request.Version, scope.User, (plan, _, clock) => plan.Update(
            actionId, request.Reason ?? existing.Reason, request.OwnerId ?? existing.OwnerId, request.DueDate ?? existing.DueDate, request.Status ?? existing.Status, scope.User.ObjectId, clock), cancellationToken);
    }
}
