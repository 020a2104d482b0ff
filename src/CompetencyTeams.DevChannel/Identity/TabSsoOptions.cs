using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.DevChannel.Identity;

/// <summary>
/// "DevChannel:TabSso": the Teams tab SSO stand-in. Tokens are minted for the demo users the way Entra mints the tab's
/// token from teams-js getAuthToken: v2, audience = the tab's client id, the tab's scope, the users' app roles.
/// </summary>
public sealed class TabSsoOptions
{
    public const string SectionName = "DevChannel:TabSso";

    /// <summary>The tab's client id (the App's Tab:ClientId, which defaults to its Bot:MicrosoftAppId).</summary>
    [Required]
    public string ClientId { get; set; } = "00000000-0000-0000-0000-000000000b07";

    [Required]
    public string Scope { get; set; } = "access_as_user";

    /// <summary>The client that asks for the token: the Teams web client, as pre-authorised in the app registration.</summary>
    [Required]
    public string TeamsClientId { get; set; } = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);
}
