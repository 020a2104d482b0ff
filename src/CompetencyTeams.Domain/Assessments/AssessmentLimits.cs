namespace CompetencyTeams.Domain.Assessments;

/// <summary>Bounds on free text so that cards, rows and exports stay within their size limits.</summary>
public static class AssessmentLimits
{
    public const int MaxCommentLength = 2000;
}
