using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>
/// Builds the GraphServiceClient the publication uses: the SDK's default middleware (RetryHandler honouring
/// Retry-After, redirects, telemetry) with the retry count from Graph:MaxRetries, and our own token provider.
/// </summary>
public sealed class SharePointGraphClientFactory(IOptions<GraphOptions> options, TimeProvider clock)
{
    public GraphServiceClient Create(TokenCredential? credential = null)
    {
        var graph = options.Value;
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        var retry = handlers.FindIndex(h => h is RetryHandler);
        if (retry >= 0)
        {
            handlers[retry] = new RetryHandler(new RetryHandlerOption { MaxRetry = graph.MaxRetries });
        }

        var http = GraphClientFactory.Create(handlers);
        http.Timeout = graph.RequestTimeout;
        var baseUrl = graph.BaseUrl.ToString().TrimEnd('/');
        var tokens = new GraphAccessTokenProvider(credential ?? CreateCredential(graph), graph.Scope, graph.BaseUrl);
        return new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(tokens), baseUrl);
    }

    private TokenCredential CreateCredential(GraphOptions graph) => graph.Authentication switch
    {
        GraphAuthentication.ClientSecret => new ClientSecretCredential(
            graph.TenantId,
            graph.ClientId,
            graph.ClientSecret,
            new ClientSecretCredentialOptions { AuthorityHost = graph.AuthorityHost ?? AzureAuthorityHosts.AzurePublicCloud }),
        GraphAuthentication.LocalStandIn => new LocalStandInCredential(clock),
        _ => string.IsNullOrWhiteSpace(graph.ManagedIdentityClientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(graph.ManagedIdentityClientId)),
    };
}
