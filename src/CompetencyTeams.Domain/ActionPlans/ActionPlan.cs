using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Levers;

namespace CompetencyTeams.Domain.ActionPlans;

/// <summary>The action plan of one team for one campaign: the levers chosen, each with an owner, a due date and a status.</summary>
public sealed record ActionPlan(string CampaignId, string TeamId, IReadOnlyList<PlannedAction> Actions)
{
    public const int MaxActions = 200;
    public const int MaxReasonLength = 1000;

    public DateTimeOffset UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }

    public static ActionPlan Empty(string campaignId, string teamId) => new(campaignId, teamId, []);

    /// <summary>Adds an action chosen from a proposal (or written by the manager when <paramref name="proposal"/> is null).</summary>
    public ActionPlan Add(string actionId, LeverType lever, string reason, string ownerId, DateOnly? dueDate, string actorId, TimeProvider clock, LeverProposal? proposal = null)
    {
        if (Actions.Any(a => string.Equals(a.Id, actionId, StringComparison.Ordinal)))
        {
            throw new DomainRuleException("actionplan.duplicate-id", $"Action {actionId} already exists.");
        }

        if (Actions.Count >= MaxActions)
        {
            throw new DomainRuleException("actionplan.too-many", $"An action plan holds at most {MaxActions} actions.");
        }

        EnsureFields(reason, ownerId);
        var now = clock.GetUtcNow();
        var action = new PlannedAction(actionId, lever, reason.Trim(), ownerId, dueDate, ActionStatus.Planned)
        {
            PersonId = proposal?.PersonId,
            CompetencyCode = proposal?.CompetencyCode,
            ProfileId = proposal?.ProfileId,
            BlockCode = proposal?.BlockCode,
            ProposedByRule = proposal?.RuleCode,
            CreatedBy = actorId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return this with { Actions = [.. Actions, action], UpdatedAt = now, UpdatedBy = actorId };
    }

    /// <summary>Edits the reason, owner, due date and status of an existing action.</summary>
    public ActionPlan Update(string actionId, string reason, string ownerId, DateOnly? dueDate, ActionStatus status, string actorId, TimeProvider clock)
    {
        EnsureFields(reason, ownerId);
        var now = clock.GetUtcNow();
        return Replace(actionId, a => a with { Reason = reason.Trim(), OwnerId = ownerId, DueDate = dueDate, Status = status, UpdatedAt = now }, actorId, now);
    }

    public ActionPlan SetStatus(string actionId, ActionStatus status, string actorId, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return Replace(actionId, a => a with { Status = status, UpdatedAt = now }, actorId, now);
    }

    public ActionPlan Remove(string actionId, string actorId, TimeProvider clock)
    {
        Find(actionId);
        return this with { Actions = [.. Actions.Where(a => !string.Equals(a.Id, actionId, StringComparison.Ordinal))], UpdatedAt = clock.GetUtcNow(), UpdatedBy = actorId };
    }

    public PlannedAction Find(string actionId) =>
        Actions.FirstOrDefault(a => string.Equals(a.Id, actionId, StringComparison.Ordinal))
        ?? throw new DomainRuleException("actionplan.unknown-action", $"There is no action {actionId} in this plan.");

    private ActionPlan Replace(string actionId, Func<PlannedAction, PlannedAction> change, string actorId, DateTimeOffset now)
    {
        var existing = Find(actionId);
        return this with { Actions = [.. Actions.Select(a => ReferenceEquals(a, existing) ? change(a) : a)], UpdatedAt = now, UpdatedBy = actorId };
    }

    private static void EnsureFields(string reason, string ownerId)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            throw new DomainRuleException("actionplan.reason", $"An action needs a reason of 1 to {MaxReasonLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(ownerId))
        {
            throw new DomainRuleException("actionplan.owner", "An action needs an owner.");
        }
    }
}
