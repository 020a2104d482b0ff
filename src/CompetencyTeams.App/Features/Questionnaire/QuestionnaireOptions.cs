using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>The "Questionnaire" configuration section.</summary>
public sealed class QuestionnaireOptions
{
    public const string SectionName = "Questionnaire";

    /// <summary>How long answers are kept after a campaign closes, as told to agents on the invitation card.</summary>
    [Range(1, 120, ErrorMessage = "Questionnaire:RetentionMonths must be between 1 and 120.")]
    public int RetentionMonths { get; set; } = 24;

    /// <summary>
    /// How long one instance reuses a campaign it read (0: read on every click). The deadline is always checked against
    /// the clock; an early close or cancel by HR reaches clicks on this instance within this delay.
    /// </summary>
    [Range(0, 60, ErrorMessage = "Questionnaire:CampaignCacheSeconds must be between 0 and 60.")]
    public int CampaignCacheSeconds { get; set; } = 5;

    /// <summary>How long one instance reuses a job profile it read (0: read on every click); an edited profile applies within this delay.</summary>
    [Range(0, 3600, ErrorMessage = "Questionnaire:ProfileCacheSeconds must be between 0 and 3600.")]
    public int ProfileCacheSeconds { get; set; } = 60;

    /// <summary>
    /// How long one instance reuses a person's assignment it read (0: read on every click). The questionnaire needs only
    /// what is frozen at launch (team, manager, profile) and when it was first opened, which this instance records itself.
    /// </summary>
    [Range(0, 60, ErrorMessage = "Questionnaire:AssignmentCacheSeconds must be between 0 and 60.")]
    public int AssignmentCacheSeconds { get; set; } = 10;

    /// <summary>
    /// How long a card click or command may wait for storage before it answers "not saved, try again" with the sent
    /// inputs kept on the card. Teams shows its own error, and the agent loses the card's state, when an invoke is not
    /// answered in time; a write that still lands afterwards is the same as the agent's retry.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Questionnaire:ClickBudget must be between 1 second and 1 minute.")]
    public TimeSpan ClickBudget { get; set; } = TimeSpan.FromSeconds(10);
}
