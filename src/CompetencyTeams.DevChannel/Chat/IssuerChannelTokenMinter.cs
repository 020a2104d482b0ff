using CompetencyTeams.DevChannel.Identity;

namespace CompetencyTeams.DevChannel.Chat;

/// <summary>Channel tokens signed by the DevChannel's own Bot Framework key, published at its OpenID metadata address.</summary>
public sealed class IssuerChannelTokenMinter(DevTokenIssuer issuer) : IChannelTokenMinter
{
    public Task<string> MintAsync(string botAppId, string serviceUrl, CancellationToken cancellationToken) =>
        Task.FromResult(issuer.MintChannelToken(botAppId, serviceUrl));
}
