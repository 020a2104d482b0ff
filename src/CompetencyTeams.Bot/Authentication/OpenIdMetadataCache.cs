using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>
/// One cached, self-refreshing OpenID configuration (with its JWKS) per metadata address, fetched over HTTPS
/// with the identity HttpClient (which trusts the configured local certificate, if any).
/// </summary>
public sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory, IOptions<BotOptions> options)
{
    public const string HttpClientName = "CompetencyTeams.Bot.Identity";

    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _managers = new(StringComparer.Ordinal);

    public Task<OpenIdConnectConfiguration> GetAsync(string metadataUrl, CancellationToken cancellationToken) =>
        Manager(metadataUrl).GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for a refresh on the next read (rate-limited to one every 5 minutes), e.g. after an unknown key id.</summary>
    public void RequestRefresh(string metadataUrl) => Manager(metadataUrl).RequestRefresh();

    private ConfigurationManager<OpenIdConnectConfiguration> Manager(string metadataUrl) =>
        _managers.GetOrAdd(metadataUrl, url =>
            new ConfigurationManager<OpenIdConnectConfiguration>(
                url,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = true })
            {
                AutomaticRefreshInterval = options.Value.MetadataRefreshInterval,
                RefreshInterval = MinimumRefreshInterval,
            });
}
