using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>Where summaries are published (section "SharePoint"): the site by hostname and path, the list names, and retry bounds.</summary>
public sealed class SharePointOptions
{
    public const string SectionName = "SharePoint";

    [Required(ErrorMessage = "SharePoint:SiteHostname is required (e.g. contoso.sharepoint.com).")]
    [RegularExpression(@"^[A-Za-z0-9.\-]+$", ErrorMessage = "SharePoint:SiteHostname must be a host name such as contoso.sharepoint.com.")]
    public string SiteHostname { get; set; } = "";

    [Required(ErrorMessage = "SharePoint:SitePath is required (e.g. /sites/hr).")]
    [RegularExpression("^/.*$", ErrorMessage = "SharePoint:SitePath must be server-relative and start with '/', e.g. /sites/hr.")]
    public string SitePath { get; set; } = "";

    [Required]
    public string CampaignSummariesList { get; set; } = "Campaign summaries";

    [Required]
    public string CompetencyGapsList { get; set; } = "Competency gaps";

    [Required]
    public string ActionPlanList { get; set; } = "Action plan";

    /// <summary>Rounds of $batch for one publication; steps answered 429/503/504 are re-sent in the next round.</summary>
    [Range(1, 20, ErrorMessage = "SharePoint:MaxBatchAttempts must be between 1 and 20.")]
    public int MaxBatchAttempts { get; set; } = 6;

    /// <summary>Wait before re-sending throttled steps that gave no Retry-After (doubled each round).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "SharePoint:RetryDelay must be at most 5 minutes.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait honoured between rounds; a longer Retry-After fails the publication as throttled (the queue retries later).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "SharePoint:MaxRetryAfter must be at most 10 minutes.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    public string SiteKey => SitePath.TrimEnd('/') is { Length: > 0 } path ? $"{SiteHostname}:{path}" : SiteHostname;
}
