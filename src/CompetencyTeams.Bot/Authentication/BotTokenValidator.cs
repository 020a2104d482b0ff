using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CompetencyTeams.Bot.Authentication;

/// <summary>
/// Validates the Bearer token of an inbound request (the Bot Framework recipe): a trusted issuer picks the
/// metadata the keys come from; audience, lifetime (5-minute skew), RS256 signature; the serviceurl claim and
/// the key's endorsements are returned for the activity checks that follow.
/// </summary>
public sealed partial class BotTokenValidator(
    TrustedIssuers issuers,
    OpenIdMetadataCache metadata,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<BotTokenValidator> logger)
{
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<TokenValidation> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (!TryGetBearer(authorization, out var raw))
        {
            return Reject("no Bearer token in the Authorization header");
        }

        if (!Handler.CanReadToken(raw))
        {
            return Reject("the token is not a JWT");
        }

        JsonWebToken token;
        string? issuer;
        try
        {
            token = new JsonWebToken(raw);
            issuer = token.TryGetPayloadValue<string>("iss", out var iss) ? iss : null;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException or FormatException)
        {
            return Reject("the token is not a readable JWT");
        }

        var trusted = issuers.Find(issuer);
        if (trusted is null)
        {
            return Reject($"issuer '{issuer}' is not trusted");
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await GetConfigurationAsync(trusted.MetadataUrl, token.Kid, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            Log.MetadataUnavailable(logger, trusted.MetadataUrl, ex);
            return TokenValidation.Reject(BotRejection.Unavailable("the signing keys cannot be fetched now"));
        }

        var result = await Handler.ValidateTokenAsync(raw, Parameters(trusted, configuration));
        if (!result.IsValid)
        {
            return Reject($"token rejected: {result.Exception?.GetType().Name}");
        }

        if (trusted.Kind == IssuerKind.Entra && result.Claims.TryGetValue("tid", out var tid) && !string.Equals(tid as string, trusted.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return Reject("the tid claim does not match the issuer's tenant");
        }

        if (!result.Claims.TryGetValue(ServiceUrlClaim, out var serviceUrl) || serviceUrl is not string { Length: > 0 } serviceUrlText)
        {
            return Reject("the token has no serviceurl claim");
        }

        return TokenValidation.Accept(new BotCaller(result.ClaimsIdentity, trusted, serviceUrlText, KeyEndorsements.Find(configuration, token.Kid)));
    }

    private TokenValidation Reject(string reason)
    {
        Log.TokenRejected(logger, reason);
        return TokenValidation.Reject(BotRejection.Unauthorized(reason));
    }

    private async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string metadataUrl, string? keyId, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(metadataUrl, cancellationToken);
        if (!string.IsNullOrEmpty(keyId) && !configuration.SigningKeys.Any(k => k.KeyId == keyId))
        {
            // An unknown key id may mean the issuer rolled its keys: refresh once (rate-limited) and look again.
            metadata.RequestRefresh(metadataUrl);
            configuration = await metadata.GetAsync(metadataUrl, cancellationToken);
        }

        return configuration;
    }

    private TokenValidationParameters Parameters(TrustedIssuer trusted, OpenIdConnectConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = trusted.Issuer,
        ValidateAudience = true,
        ValidAudiences = options.Value.ValidAudiences,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsWithinLifetime,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
    };

    /// <summary>nbf/exp with 5 minutes of skew, against the injected clock.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } exp && exp.ToUniversalTime() >= now - ClockSkew
            && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + ClockSkew);
    }

    private static bool TryGetBearer(string? authorization, out string token)
    {
        const string Scheme = "Bearer ";
        token = "";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = authorization[Scheme.Length..].Trim();
        return token.Length > 0;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Inbound bot request refused (401): {Reason}")]
        public static partial void TokenRejected(ILogger logger, string reason);

        [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "OpenID metadata {MetadataUrl} is unavailable; inbound bot requests get 503")]
        public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);
    }
}
