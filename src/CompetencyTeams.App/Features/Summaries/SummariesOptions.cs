using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.Summaries;

/// <summary>The "Summaries" configuration section: the publication queue's pace and retries, and the tab link.</summary>
public sealed class SummariesOptions
{
    public const string SectionName = "Summaries";

    /// <summary>Wait between two looks at an empty publication queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00", ErrorMessage = "Summaries:PollInterval must be between 50 ms and 5 minutes.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait before the first retry of a transient failure (doubled at each attempt, at most <see cref="MaxRetryDelay"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Summaries:RetryBaseDelay must be between 1 second and 1 hour.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Summaries:MaxRetryDelay must be between 1 second and 1 day.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Attempts per request before the publication stays failed (HR or the manager can request it again).</summary>
    [Range(1, 20, ErrorMessage = "Summaries:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Link to a team's view in the tab written on the summary item; {campaignId} and {teamId} are replaced. Empty: no link.</summary>
    public string? TabLinkTemplate { get; set; }

    /// <summary>How long one publication may hold its queue message before another instance may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00", ErrorMessage = "Summaries:LeaseDuration must be between 30 seconds and 1 hour.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay;
    }
}
