using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>How the App reaches Microsoft Graph (section "Graph"): the base URL and the app-only credential.</summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string SectionName = "Graph";

    /// <summary>Graph's versioned root. The DevChannel stand-in is http://127.0.0.1:{port}/v1.0 (the path must end in /v1.0 or /beta).</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    public GraphAuthentication Authentication { get; set; } = GraphAuthentication.ManagedIdentity;

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Entra authority for client credentials (other clouds); empty for the public cloud.</summary>
    public Uri? AuthorityHost { get; set; }

    /// <summary>App-only scope: the resource's ".default".</summary>
    [Required]
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>Retries of the SDK's RetryHandler on 429/503/504 for one request (it honours Retry-After).</summary>
    [Range(0, 10, ErrorMessage = "Graph:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:05", "00:10:00", ErrorMessage = "Graph:RequestTimeout must be between 5 seconds and 10 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    public bool IsLoopback => BaseUrl.IsLoopback;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var path = BaseUrl.AbsolutePath.TrimEnd('/');
        if (!BaseUrl.IsAbsoluteUri || !(path.EndsWith("/v1.0", StringComparison.Ordinal) || path.EndsWith("/beta", StringComparison.Ordinal)))
        {
            yield return new ValidationResult("Graph:BaseUrl must be an absolute URL ending in /v1.0 (or /beta).", [nameof(BaseUrl)]);
        }

        if (BaseUrl.Scheme != Uri.UriSchemeHttps && !IsLoopback)
        {
            yield return new ValidationResult("Graph:BaseUrl must use https (plain http is allowed only on the loopback address).", [nameof(BaseUrl)]);
        }

        if (Authentication == GraphAuthentication.ClientSecret
            && (string.IsNullOrWhiteSpace(TenantId) || string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret)))
        {
            yield return new ValidationResult(
                "Graph:Authentication=ClientSecret needs Graph:TenantId, Graph:ClientId and Graph:ClientSecret.",
                [nameof(TenantId), nameof(ClientId), nameof(ClientSecret)]);
        }

        if (Authentication == GraphAuthentication.LocalStandIn && !IsLoopback)
        {
            yield return new ValidationResult(
                "Graph:Authentication=LocalStandIn is only for the DevChannel on the loopback address; use ClientSecret or ManagedIdentity.",
                [nameof(Authentication)]);
        }
    }
}

public enum GraphAuthentication
{
    /// <summary>The App Service's managed identity (Graph:ManagedIdentityClientId for a user-assigned one).</summary>
    ManagedIdentity,

    /// <summary>Client credentials of the app registration (Graph:TenantId, ClientId, ClientSecret).</summary>
    ClientSecret,

    /// <summary>A fixed development token for the DevChannel's Graph stand-in; refused for any non-loopback Graph:BaseUrl.</summary>
    LocalStandIn,
}
