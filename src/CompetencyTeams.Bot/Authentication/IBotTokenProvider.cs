namespace CompetencyTeams.Bot.Authentication;

/// <summary>Gives the access token the bot presents to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    Task<string> GetTokenAsync(CancellationToken cancellationToken);
}
