using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using Microsoft.Identity.Client.AppConfig;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>
/// Client-credentials tokens for the Bot Connector scope from the bot's tenant (single-tenant authority),
/// with a client secret or a managed identity. MSAL's in-memory cache serves the token until shortly before
/// it expires.
/// </summary>
public sealed partial class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly BotOptions _options;
    private readonly ILogger<MsalBotTokenProvider> _logger;
    private readonly Lazy<IConfidentialClientApplication>? _confidential;
    private readonly Lazy<IManagedIdentityApplication>? _managedIdentity;

    public MsalBotTokenProvider(IOptions<BotOptions> options, IMsalHttpClientFactory httpClientFactory, ILogger<MsalBotTokenProvider> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (_options.CredentialType == BotCredentialType.ManagedIdentity)
        {
            var clientId = string.IsNullOrWhiteSpace(_options.ManagedIdentityClientId) ? _options.MicrosoftAppId : _options.ManagedIdentityClientId;
            _managedIdentity = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(clientId))
                .WithHttpClientFactory(httpClientFactory)
                .Build());
        }
        else
        {
            // The authority is configuration we trust: no validation against, or discovery from, the public cloud.
            _confidential = new(() => ConfidentialClientApplicationBuilder
                .Create(_options.MicrosoftAppId)
                .WithClientSecret(_options.ClientSecret)
                .WithAuthority(_options.Authority, validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(httpClientFactory)
                .Build());
        }
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        AuthenticationResult result = _managedIdentity is not null
            ? await _managedIdentity.Value.AcquireTokenForManagedIdentity(Resource(_options.OutboundScope)).ExecuteAsync(cancellationToken)
            : await _confidential!.Value.AcquireTokenForClient([_options.OutboundScope]).ExecuteAsync(cancellationToken);
        var source = result.AuthenticationResultMetadata.TokenSource;
        if (source != TokenSource.Cache)
        {
            Log.TokenAcquired(_logger, source, result.ExpiresOn);
        }

        return result.AccessToken;
    }

    /// <summary>Managed identity asks for a resource, not a scope.</summary>
    private static string Resource(string scope) =>
        scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;

    private static partial class Log
    {
        [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Bot Connector token acquired from {Source}, valid until {ExpiresOn}")]
        public static partial void TokenAcquired(ILogger logger, TokenSource source, DateTimeOffset expiresOn);
    }
}
