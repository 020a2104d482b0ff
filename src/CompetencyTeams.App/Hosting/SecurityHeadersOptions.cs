using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Hosting;

/// <summary>
/// The "Security" section: extra script sources for the tab's Content-Security-Policy, the tab API's per-user
/// rate limit (a token bucket per signed-in user) and request size limit, and the per-address limit on requests that
/// fail authentication. The frame ancestors are not configurable:
/// Teams and Office hosts only (plus Tab:DevChannelUrl's origin in Development).
/// </summary>
public sealed class SecurityHeadersOptions : IValidatableObject
{
    public const string SectionName = "Security";

    /// <summary>More https origins allowed to serve scripts, besides the App and Microsoft's CDN (teams-js), which are always allowed.</summary>
    public IList<string> ScriptSources { get; } = [];

    /// <summary>Requests one user may make to /api/tab in a burst.</summary>
    [Range(1, 100_000, ErrorMessage = "Security:TabApiBurst must be between 1 and 100000.")]
    public int TabApiBurst { get; set; } = 200;

    /// <summary>Requests given back to each user every <see cref="TabApiReplenishmentPeriod"/> (the sustained rate).</summary>
    [Range(1, 100_000, ErrorMessage = "Security:TabApiRequestsPerPeriod must be between 1 and 100000.")]
    public int TabApiRequestsPerPeriod { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00", ErrorMessage = "Security:TabApiReplenishmentPeriod must be between 100 ms and 1 day.")]
    public TimeSpan TabApiReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Requests per minute that one client address may make to /api/tab or /api/messages without a valid token before
    /// its further failing requests get 429 (valid tokens are never counted nor refused by this limit).
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Security:AnonymousPermitPerMinute must be between 1 and 100000.")]
    public int AnonymousPermitPerMinute { get; set; } = 100;

    /// <summary>Largest request body accepted on /api/tab (imports included); larger ones get 413.</summary>
    [Range(1024, 104_857_600, ErrorMessage = "Security:TabApiMaxRequestBodyBytes must be between 1 KB and 100 MB.")]
    public long TabApiMaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var source in ScriptSources.Where(s => !Uri.TryCreate(s, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.PathAndQuery != "/"))
        {
            yield return new ValidationResult($"Security:ScriptSources holds '{source}': each must be an https origin such as https://res.cdn.office.net.", [nameof(ScriptSources)]);
        }
    }
}
