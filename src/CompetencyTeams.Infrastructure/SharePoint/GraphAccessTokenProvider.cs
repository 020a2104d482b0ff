using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>
/// Kiota's token source for GraphServiceClient, over an Azure.Identity credential (client secret or managed identity).
/// A token is only ever attached to the configured Graph host, and over plain http only on the loopback address.
/// </summary>
public sealed class GraphAccessTokenProvider(TokenCredential credential, string scope, Uri baseUrl) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([baseUrl.Host]);

    public async Task<string> GetAuthorizationTokenAsync(
        Uri uri,
        Dictionary<string, object>? additionalAuthenticationContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new ArgumentException($"Refusing to send a Graph token over {uri.Scheme} to {uri.Host}: only https, or http on the loopback address.", nameof(uri));
        }

        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
        return token.Token;
    }
}

/// <summary>The fixed token the DevChannel's Graph stand-in accepts; only used when Graph:BaseUrl is on the loopback address.</summary>
public sealed class LocalStandInCredential(TimeProvider clock) : TokenCredential
{
    public const string Token = "devchannel-local-graph-token";

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(Token, clock.GetUtcNow().AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
