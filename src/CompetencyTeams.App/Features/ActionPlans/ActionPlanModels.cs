using System.Security.Cryptography;
using System.Text;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Levers;

namespace CompetencyTeams.App.Features.ActionPlans;

/// <summary>A team's action plan page: the levers the rules propose (with their reasons) and the plan the manager keeps.</summary>
public sealed record ActionPlanView(string CampaignId, string TeamId, IReadOnlyList<ProposalView> Proposals, IReadOnlyList<PlannedAction> Actions, string? Version, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>A proposal and its stable key (the same analysis always gives the same key), to accept it by key.</summary>
public sealed record ProposalView(string Key, LeverProposal Proposal, bool Accepted);

/// <summary>Adds an action: from a proposal (<see cref="ProposalKey"/>; lever and reason come from it unless given) or written by the manager.</summary>
public sealed record AddActionRequest(string? ProposalKey, LeverType? Lever, string? Reason, string? OwnerId, DateOnly? DueDate, string? Version, string? Locale);

/// <summary>Edits an action's reason, owner, due date and status.</summary>
public sealed record UpdateActionRequest(string? Reason, string? OwnerId, DateOnly? DueDate, ActionStatus? Status, string? Version);

public static class ProposalKeys
{
    public static string Of(LeverProposal proposal)
    {
        var identity = string.Join('|', proposal.RuleCode, proposal.TeamId, proposal.PersonId, proposal.CompetencyCode, proposal.ProfileId, proposal.BlockCode);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }

    /// <summary>An action already taken from this proposal (same rule and same subject).</summary>
    public static bool IsAccepted(LeverProposal proposal, IEnumerable<PlannedAction> actions) => actions.Any(a =>
        string.Equals(a.ProposedByRule, proposal.RuleCode, StringComparison.Ordinal)
        && string.Equals(a.PersonId, proposal.PersonId, StringComparison.Ordinal)
        && string.Equals(a.CompetencyCode, proposal.CompetencyCode, StringComparison.Ordinal)
        && string.Equals(a.ProfileId, proposal.ProfileId, StringComparison.Ordinal)
        && string.Equals(a.BlockCode, proposal.BlockCode, StringComparison.Ordinal));
}
