using CompetencyTeams.Bot.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace CompetencyTeams.App.Auth;

/// <summary>
/// The tab's SSO tokens, validated by Microsoft.Identity.Web as a web API: v2 tokens of the configured tenant's issuer
/// (from its OpenID metadata over HTTPS), audience = the client id or the App ID URI, signed, in date, with the
/// access_as_user scope or an app role. Locally the issuer is the DevChannel's, trusted through configuration only.
/// </summary>
public static partial class TabAuthentication
{
    public const string Scheme = "TabSso";

    private const string SuppressAutoDefaultScheme = "Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme";

    public static IServiceCollection AddTabAuthentication(this IServiceCollection services)
    {
        services.AddOptions<TabOptions>()
            .BindConfiguration(TabOptions.SectionName)
            .PostConfigure<IConfiguration>(FallBackToBotSettings)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // No default scheme, not even the automatic one for a single scheme: otherwise every request carrying a bearer
        // token (the bot's channel tokens on /api/messages included) would also be validated as a tab token.
        AppContext.SetSwitch(SuppressAutoDefaultScheme, true);
        services.AddAuthentication().AddMicrosoftIdentityWebApi(_ => { }, _ => { }, Scheme);
        services.AddOptions<MicrosoftIdentityOptions>(Scheme).Configure<IOptions<TabOptions>>((identity, tab) =>
        {
            identity.Instance = tab.Value.Instance;
            identity.TenantId = tab.Value.TenantId;
            identity.ClientId = tab.Value.ClientId;
        });
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<IOptions<TabOptions>, ILoggerFactory>(ConfigureJwtBearer);
        services.AddSingleton<IValidateOptions<BotOptions>, LocalTrustGuard>();
        services.AddSingleton<IValidateOptions<TabOptions>, LocalTrustGuard>();
        services.AddTabAuthorization();
        return services;
    }

    private static void FallBackToBotSettings(TabOptions tab, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(tab.ClientId))
        {
            tab.ClientId = configuration["Bot:MicrosoftAppId"] ?? "";
        }

        if (string.IsNullOrWhiteSpace(tab.TenantId))
        {
            tab.TenantId = configuration["Bot:TenantId"] ?? "";
        }

        if (string.IsNullOrWhiteSpace(tab.TrustedLocalCertificatePath))
        {
            tab.TrustedLocalCertificatePath = configuration["Bot:TrustedLocalCertificatePath"];
        }
    }

    private static void ConfigureJwtBearer(JwtBearerOptions jwt, IOptions<TabOptions> options, ILoggerFactory loggers)
    {
        var tab = options.Value;
        var logger = loggers.CreateLogger(typeof(TabAuthentication).FullName!);
        jwt.Authority = tab.Authority;
        jwt.MetadataAddress = tab.Authority + "/.well-known/openid-configuration";
        jwt.RequireHttpsMetadata = true;
        jwt.MapInboundClaims = true;
        if (!string.IsNullOrWhiteSpace(tab.TrustedLocalCertificatePath))
        {
            var certificate = LocalCertificateTrust.TryLoad(tab.TrustedLocalCertificatePath, out var error)
                ?? throw new OptionsValidationException(TabOptions.SectionName, typeof(TabOptions), [error!]);
            jwt.BackchannelHttpHandler = LocalCertificateTrust.CreateHandler(certificate);
        }

        var parameters = jwt.TokenValidationParameters;
        parameters.ValidAudiences = tab.ValidAudiences;
        parameters.ValidIssuers = [tab.Authority];

        // Single tenant: the exact issuer of our tenant, instead of MIW's multi-tenant template validator.
        parameters.IssuerValidator = (issuer, _, _) => string.Equals(issuer, tab.Authority, StringComparison.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException($"The issuer '{issuer}' is not the organisation's ({tab.Authority}).") { InvalidIssuer = issuer };
        parameters.RequireSignedTokens = true;
        parameters.RequireExpirationTime = true;
        parameters.ValidateLifetime = true;

        var previous = jwt.Events?.OnTokenValidated;
        jwt.Events ??= new JwtBearerEvents();
        jwt.Events.OnTokenValidated = async context =>
        {
            if (previous is not null)
            {
                await previous(context);
            }

            var tenant = context.Principal?.GetTenantId();
            if (context.Result is null && !string.Equals(tenant, tab.TenantId, StringComparison.OrdinalIgnoreCase))
            {
                context.Fail($"The token's tenant '{tenant}' is not the organisation's.");
            }
        };
        var previousFailed = jwt.Events.OnAuthenticationFailed;
        jwt.Events.OnAuthenticationFailed = async context =>
        {
            LogRejected(logger, context.Exception);
            if (previousFailed is not null)
            {
                await previousFailed(context);
            }
        };
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Tab token rejected")]
    private static partial void LogRejected(ILogger logger, Exception exception);
}
