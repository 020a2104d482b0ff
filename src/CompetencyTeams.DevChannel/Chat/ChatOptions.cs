using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.DevChannel.Chat;

/// <summary>Where the DevChannel posts the users' activities (the App's bot endpoint) and how it presents itself.</summary>
public sealed class ChatOptions
{
    public const string SectionName = "DevChannel:Chat";

    /// <summary>The App's bot endpoint, e.g. http://127.0.0.1:5080/api/messages.</summary>
    [Required]
    public Uri AppMessagesUrl { get; set; } = new("http://127.0.0.1:5080/api/messages");

    /// <summary>The bot's app id, as the App is configured (Bot:MicrosoftAppId); tokens are minted for it.</summary>
    [Required]
    public string BotAppId { get; set; } = "00000000-0000-0000-0000-000000000b07";

    /// <summary>The serviceUrl announced in activities: this DevChannel's connector address (ends with '/').</summary>
    [Required]
    public Uri ServiceUrl { get; set; } = new("http://127.0.0.1:5081/");

    [Range(1, 60)]
    public int AppTimeoutSeconds { get; set; } = 15;
}
