using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Identity;

public static partial class DevIdentityExtensions
{
    /// <summary>
    /// The local token issuer: loads (or creates on first run) its keys and HTTPS certificate, and adds an HTTPS
    /// address on DevChannel:Identity:HttpsPort beside the configured plain-HTTP ones.
    /// </summary>
    public static WebApplicationBuilder AddDevIdentity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DevIdentityOptions.SectionName);
        var settings = section.Get<DevIdentityOptions>() ?? new DevIdentityOptions();
        var folder = string.IsNullOrWhiteSpace(settings.DataFolder) ? DefaultDataFolder(builder.Environment.ContentRootPath) : settings.DataFolder;
        var keys = DevIdentityKeys.LoadOrCreate(folder, TimeProvider.System);

        builder.Services.AddOptions<DevIdentityOptions>().BindConfiguration(DevIdentityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(keys);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DevTokenIssuer>();

        // Keep whatever plain addresses were configured (--urls, ASPNETCORE_URLS) and add the HTTPS one.
        var existing = builder.Configuration["urls"];
        var urls = string.IsNullOrWhiteSpace(existing) ? "http://localhost:5000" : existing;
        builder.WebHost.UseUrls($"{urls};https://{settings.PublicHost}:{settings.HttpsPort}");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = keys.HttpsCertificate));
        return builder;
    }

    /// <summary>OpenID metadata and keys for the Bot Framework signer and each Entra tenant, and the token endpoint.</summary>
    public static IEndpointRouteBuilder MapDevIdentity(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").WithTags("DevIdentity");
        group.MapGet(DevIdentityPaths.BotFrameworkMetadata, (IOptions<DevIdentityOptions> o) => Results.Json(DevIdentityDocuments.BotFrameworkMetadata(o.Value)));
        group.MapGet(DevIdentityPaths.BotFrameworkMetadataHyphenated, (IOptions<DevIdentityOptions> o) => Results.Json(DevIdentityDocuments.BotFrameworkMetadata(o.Value)));
        group.MapGet(DevIdentityPaths.BotFrameworkKeys, (DevIdentityKeys k, IOptions<DevIdentityOptions> o) =>
            Results.Json(DevIdentityDocuments.KeySet(k.BotFrameworkKey, o.Value.EffectiveEndorsements)));
        group.MapGet(DevIdentityPaths.EntraMetadataV2, (string tenantId, DevTokenIssuer issuer, IOptions<DevIdentityOptions> o) =>
            Results.Json(DevIdentityDocuments.EntraMetadata(o.Value, tenantId, issuer.EntraIssuer(tenantId, EntraTokenVersion.V2))));
        group.MapGet(DevIdentityPaths.EntraMetadataV1, (string tenantId, DevTokenIssuer issuer, IOptions<DevIdentityOptions> o) =>
            Results.Json(DevIdentityDocuments.EntraMetadata(o.Value, tenantId, issuer.EntraIssuer(tenantId, EntraTokenVersion.V1))));
        group.MapGet(DevIdentityPaths.EntraKeys, (DevIdentityKeys k) => Results.Json(DevIdentityDocuments.KeySet(k.EntraKey, null)));
        group.MapGet(DevIdentityPaths.EntraKeysV1, (DevIdentityKeys k) => Results.Json(DevIdentityDocuments.KeySet(k.EntraKey, null)));
        group.MapPost(DevIdentityPaths.Token, TokenEndpoint.HandleAsync).DisableAntiforgery();
        group.MapGet("/devidentity/certificate.pem", (DevIdentityKeys k) => Results.File(k.CertificatePemPath, "application/x-pem-file", DevIdentityKeys.CertificatePemFileName));

        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("CompetencyTeams.DevChannel.Identity");
        var baseUrl = endpoints.ServiceProvider.GetRequiredService<IOptions<DevIdentityOptions>>().Value.BaseUrl;
        var certificatePath = endpoints.ServiceProvider.GetRequiredService<DevIdentityKeys>().CertificatePemPath;
        LogReady(logger, baseUrl, certificatePath);
        return endpoints;
    }

    /// <summary>{repository}/.local/devchannel, found from the content root; else beside the content root.</summary>
    private static string DefaultDataFolder(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CompetencyTeams.sln")))
            {
                return Path.Combine(dir.FullName, ".local", "devchannel");
            }
        }

        return Path.Combine(contentRoot, ".local", "devchannel");
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Local token issuer on {BaseUrl}; trust its certificate with Bot:TrustedLocalCertificatePath={CertificatePath}")]
    private static partial void LogReady(ILogger logger, string baseUrl, string certificatePath);
}
