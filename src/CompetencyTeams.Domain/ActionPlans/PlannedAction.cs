using CompetencyTeams.Domain.Levers;

namespace CompetencyTeams.Domain.ActionPlans;

public enum ActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>One chosen lever: what, why, who carries it, by when, and where it stands.</summary>
public sealed record PlannedAction(string Id, LeverType Lever, string Reason, string OwnerId, DateOnly? DueDate, ActionStatus Status)
{
    public string? PersonId { get; init; }

    public string? CompetencyCode { get; init; }

    public string? ProfileId { get; init; }

    public string? BlockCode { get; init; }

    /// <summary>The rule that proposed it, when it came from a proposal (null for an action the manager added).</summary>
    public string? ProposedByRule { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
