namespace CompetencyTeams.DevChannel.Chat;

/// <summary>Signs the token that accompanies an activity the channel posts to the bot, as the Bot Connector would.</summary>
public interface IChannelTokenMinter
{
    Task<string> MintAsync(string botAppId, string serviceUrl, CancellationToken cancellationToken);
}
