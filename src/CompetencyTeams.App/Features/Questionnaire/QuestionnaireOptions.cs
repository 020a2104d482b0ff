using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>The "Questionnaire" configuration section.</summary>
public sealed class QuestionnaireOptions
{
    public const string SectionName = "Questionnaire";

    /// <summary>How long answers are kept after a campaign closes, as told to agents on the invitation card.</summary>
    [Range(1, 120, ErrorMessage = "Questionnaire:RetentionMonths must be between 1 and 120.")]
    public int RetentionMonths { get; set; } = 24;
}
