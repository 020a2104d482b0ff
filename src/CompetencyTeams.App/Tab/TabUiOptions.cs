namespace CompetencyTeams.App.Tab;

/// <summary>
/// The tab page's own settings, in the same "Tab" section as the SSO settings (<see cref="Auth.TabOptions"/>).
/// </summary>
public sealed class TabUiOptions
{
    public const string SectionName = "Tab";

    /// <summary>
    /// The DevChannel's address (Development only). When set, the page outside Teams links to the DevChannel to pick a
    /// demo user, and accepts the token the DevChannel hands back in /tab?devToken=… (the API validates it like any other).
    /// </summary>
    public string? DevChannelUrl { get; set; }

    /// <summary>
    /// Where the tab's server-side components call the App's own API. Empty: the address Kestrel listens on (never the
    /// request's Host header, which the browser controls).
    /// </summary>
    public string? ApiBaseAddress { get; set; }

    /// <summary>How long the page waits for the Teams client to answer before saying it is not inside Teams.</summary>
    public int TeamsInitTimeoutMs { get; set; } = 5000;
}
