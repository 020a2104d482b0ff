using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>What the retention purge does with campaign answers once they are older than the retention period.</summary>
public enum RetentionMode
{
    /// <summary>Answers lose everything that identifies the person (id, comments, manager, dates); levels stay for statistics.</summary>
    Anonymize,

    /// <summary>Answers are deleted; only the stored team summaries remain.</summary>
    Delete,
}

/// <summary>
/// The "Privacy" section: how long campaign answers are kept, what the purge does, and who runs it.
/// RetentionMonths falls back to Questionnaire:RetentionMonths (what the invitation card announces); both set and
/// different is refused at start, so the notice never promises something the purge does not do.
/// </summary>
public sealed class PrivacyOptions : IValidatableObject
{
    public const string SectionName = "Privacy";

    /// <summary>Months after a campaign closes (or is cancelled) before its answers are purged.</summary>
    [Range(1, 120, ErrorMessage = "Privacy:RetentionMonths must be between 1 and 120.")]
    public int RetentionMonths { get; set; }

    /// <summary>Delete (default: what the invitation card promises) or Anonymize.</summary>
    public RetentionMode RetentionMode { get; set; } = RetentionMode.Delete;

    /// <summary>Groups of fewer people than this keep no aggregate of their own after the purge (their summary is emptied).</summary>
    [Range(2, 1000, ErrorMessage = "Privacy:SmallGroupThreshold must be between 2 and 1000.")]
    public int SmallGroupThreshold { get; set; } = 5;

    /// <summary>How often the purge looks for campaigns past their retention.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "7.00:00:00", ErrorMessage = "Privacy:RetentionInterval must be between 5 seconds and 7 days.")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long one instance holds a campaign's purge before another may take it over (its owner died).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Privacy:RetentionLease must be between 10 seconds and 1 hour.")]
    public TimeSpan RetentionLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Run the purge in this instance (every instance may: a campaign's purge is leased, never done twice).</summary>
    public bool RunRetention { get; set; } = true;

    /// <summary>Set from Questionnaire:RetentionMonths when binding; not a setting.</summary>
    internal int? AnnouncedRetentionMonths { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AnnouncedRetentionMonths is { } announced && announced != RetentionMonths)
        {
            yield return new ValidationResult(
                $"Privacy:RetentionMonths ({RetentionMonths}) differs from Questionnaire:RetentionMonths ({announced}), which the invitation card announces; set one of them, or both to the same value.",
                [nameof(RetentionMonths)]);
        }
    }
}
