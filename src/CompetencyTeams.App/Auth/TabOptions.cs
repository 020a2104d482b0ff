using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Auth;

/// <summary>
/// The "Tab" section: which Entra app the Teams tab's SSO tokens are issued for, by which issuer, and who sees what.
/// Defaults are the public cloud's; ClientId and TenantId fall back to the bot's (one Entra app for bot and tab).
/// Nothing here turns validation off: locally only the instance and the trusted certificate change.
/// </summary>
public sealed class TabOptions : IValidatableObject
{
    public const string SectionName = "Tab";

    /// <summary>The tab's Entra application (client) id: the audience of v2 SSO tokens.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>api://{domain}/{clientId} (the App ID URI); accepted as a second audience (v1-style tokens).</summary>
    public string? ApplicationIdUri { get; set; }

    /// <summary>The organisation's tenant: the only issuer tenant accepted.</summary>
    [Required]
    public string TenantId { get; set; } = "";

    /// <summary>The Entra instance; the issuer is {Instance}{TenantId}/v2.0 and its metadata is read from there over HTTPS.</summary>
    [Required]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>A PEM or DER certificate trusted for HTTPS to the metadata (the DevChannel's, in Development only).</summary>
    public string? TrustedLocalCertificatePath { get; set; }

    /// <summary>The delegated scope the tab asks for (teams-js getAuthToken).</summary>
    [Required]
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>The app role that makes a user HR (the roles claim).</summary>
    [Required]
    public string HrRole { get; set; } = "HR.Admin";

    /// <summary>A manager sees the reports of their reports too (and their teams), not only direct reports.</summary>
    public bool TransitiveReports { get; set; }

    /// <summary>Groups (teams) with fewer people than this are flagged as small in the organisation map, which only HR sees.</summary>
    [Range(1, 1000)]
    public int OrganisationSmallGroupThreshold { get; set; } = 5;

    /// <summary>How long a campaign's analysis serves the dashboards before it is read again (0: every request).</summary>
    [Range(0, 600, ErrorMessage = "Tab:DashboardCacheSeconds must be between 0 and 600.")]
    public int DashboardCacheSeconds { get; set; } = 30;

    public string Authority => Instance.TrimEnd('/') + "/" + TenantId + "/v2.0";

    public IReadOnlyList<string> ValidAudiences =>
        string.IsNullOrWhiteSpace(ApplicationIdUri) ? [ClientId] : [ClientId, ApplicationIdUri];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult($"Tab:Instance must be an absolute https address (was '{Instance}').", [nameof(Instance)]);
        }

        if (ApplicationIdUri is { Length: > 0 } uri && !uri.StartsWith("api://", StringComparison.Ordinal))
        {
            yield return new ValidationResult($"Tab:ApplicationIdUri must look like api://{{domain}}/{{clientId}} (was '{uri}').", [nameof(ApplicationIdUri)]);
        }

        if (TrustedLocalCertificatePath is { Length: > 0 } path && !File.Exists(path))
        {
            yield return new ValidationResult($"Tab:TrustedLocalCertificatePath '{path}' does not exist.", [nameof(TrustedLocalCertificatePath)]);
        }
    }
}
