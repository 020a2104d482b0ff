using CompetencyTeams.Domain.Assessments;

namespace CompetencyTeams.Domain.Campaigns;

/// <summary>Each person of a campaign is in exactly one of these states in the participation report.</summary>
public enum ParticipationState
{
    Invited,
    Delivered,
    Opened,
    InProgress,
    Submitted,
    Validated,
    Failed,
    Unreachable,
}

public static class Participation
{
    /// <summary>
    /// The single state of one person: the assessment's progress wins over delivery (someone who answered was reached),
    /// then delivery failures, then how far the invitation went.
    /// </summary>
    public static ParticipationState Classify(Assignment assignment, AssessmentStatus? assessment, bool hasAnswers) =>
        assessment switch
        {
            AssessmentStatus.Validated => ParticipationState.Validated,
            AssessmentStatus.Submitted => ParticipationState.Submitted,
            AssessmentStatus.Draft when hasAnswers => ParticipationState.InProgress,
            _ => assignment.State switch
            {
                DeliveryState.Failed => ParticipationState.Failed,
                DeliveryState.Unreachable => ParticipationState.Unreachable,
                DeliveryState.Delivered when assignment.FirstOpenedAt is not null => ParticipationState.Opened,
                DeliveryState.Delivered => ParticipationState.Delivered,
                _ when assignment.FirstOpenedAt is not null => ParticipationState.Opened,
                _ => ParticipationState.Invited,
            },
        };
}
