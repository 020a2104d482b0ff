using Microsoft.Identity.Client;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>Hands MSAL the identity HttpClient, so it trusts exactly what the metadata retriever trusts.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(OpenIdMetadataCache.HttpClientName);
}
