namespace CompetencyTeams.Domain.Assessments;

public enum AssessmentStatus
{
    /// <summary>Answers being given; saved at every step.</summary>
    Draft,

    /// <summary>The agent submitted every answer; still editable by them until the deadline.</summary>
    Submitted,

    /// <summary>The manager accepted or adjusted the levels (double evaluation); the agent can no longer change them.</summary>
    Validated,
}
