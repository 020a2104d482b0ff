namespace CompetencyTeams.App.Hosting;

/// <summary>The Content-Security-Policy of every response: the App's own content, teams-js, and framing by Teams only.</summary>
public static class SecurityHeadersPolicy
{
    /// <summary>The Teams and Microsoft 365 hosts that frame the tab (web, desktop and Outlook/Microsoft 365 app clients).</summary>
    public static IReadOnlyList<string> TeamsFrameAncestors { get; } =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.office.com", "https://*.microsoft365.com", "https://*.cloud.microsoft",
    ];

    /// <summary>Where the tab loads teams-js from (Microsoft's CDN).</summary>
    public const string TeamsJsCdn = "https://res.cdn.office.net";

    public static string ContentSecurityPolicy(IEnumerable<string> scriptSources, string? devChannelOrigin)
    {
        var ancestors = devChannelOrigin is null ? TeamsFrameAncestors : [.. TeamsFrameAncestors, devChannelOrigin];
        // In Development the tab page loads teams-js from the DevChannel (TabDocument.razor), which has no Internet.
        var scripts = devChannelOrigin is null ? scriptSources : [.. scriptSources, devChannelOrigin];
        return string.Join("; ",
            "default-src 'self'",
            "script-src " + string.Join(' ', ["'self'", TeamsJsCdn, .. scripts.Except([TeamsJsCdn], StringComparer.OrdinalIgnoreCase)]),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors " + string.Join(' ', ancestors));
    }

    /// <summary>The DevChannel's origin (scheme://host:port) from Tab:DevChannelUrl, honoured in Development only.</summary>
    public static string? DevChannelOrigin(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment() && Uri.TryCreate(configuration["Tab:DevChannelUrl"], UriKind.Absolute, out var url)
            ? url.GetLeftPart(UriPartial.Authority)
            : null;
}
