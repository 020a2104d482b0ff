using System.Net.Http.Headers;
using CompetencyTeams.Bot.Authentication;

namespace CompetencyTeams.Bot.Connector;

/// <summary>Adds the bot's Bearer token to every connector request.</summary>
public sealed class BotTokenHandler(IBotTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
