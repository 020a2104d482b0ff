extern alias devchannel;

using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Tests.Support;
using devchannel::CompetencyTeams.DevChannel.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>
/// The DevChannel's Entra stand-in (OpenID metadata, keys, tab SSO tokens for the demo organisation) hosted in-process
/// over HTTPS with its own keys and certificate; the App under test trusts it through its Tab settings only.
/// </summary>
public sealed class TabDevChannel : IAsyncDisposable
{
    public const string TabClientId = "8b1f0c2a-4d3e-4f5a-9b6c-7d8e9f0a1b2c";
    public const string BotAppId = "5d2a7c3e-1b4f-4a6d-9e8c-7f1a2b3c4d5e";
    public const string TenantId = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c";
    public const string ApplicationIdUri = "api://localhost/" + TabClientId;

    private readonly WebApplication _app;

    private TabDevChannel(WebApplication app, int port)
    {
        _app = app;
        BaseUrl = $"https://localhost:{port}";
    }

    public string BaseUrl { get; }

    public TabSsoTokenMinter Minter => _app.Services.GetRequiredService<TabSsoTokenMinter>();

    public string CertificatePemPath => _app.Services.GetRequiredService<DevIdentityKeys>().CertificatePemPath;

    public HttpClient CreateHttpsClient()
    {
        var certificate = Bot.Authentication.LocalCertificateTrust.TryLoad(CertificatePemPath, out _);
        return new HttpClient(Bot.Authentication.LocalCertificateTrust.CreateHandler(certificate)) { BaseAddress = new Uri(BaseUrl) };
    }

    public static async Task<TabDevChannel> StartAsync()
    {
        var (app, port) = await InProcessDevChannel.StartAsync(
            "ct-tab-tests",
            new Dictionary<string, string?>
            {
                ["DevChannel:TabSso:ClientId"] = TabClientId,
                ["DevChannel:Directory:DemoOrganisationPath"] = DemoOrganisationPath(),
            },
            builder => builder.Services.AddTabSso(),
            web => web.MapTabSso());
        return new TabDevChannel(app, port);
    }

    /// <summary>A valid tab token for someone, straight from the minter.</summary>
    public string Token(string objectId, params string[] roles) => Minter.Mint(TenantId, Subject(objectId, roles));

    /// <summary>The payload of a valid token, to alter one claim and sign it with the issuer's own key.</summary>
    public JsonObject Payload(string objectId, params string[] roles) => Minter.Payload(TenantId, Subject(objectId, roles));

    public string Sign(JsonObject payload) => Minter.Sign(payload);

    /// <summary>The App's settings that make it trust this issuer for the tab (and its bot, which the App also needs).</summary>
    public Dictionary<string, string?> AppSettings() => new()
    {
        ["Bot:MicrosoftAppId"] = BotAppId,
        ["Bot:TenantId"] = TenantId,
        ["Bot:ClientSecret"] = "tab-tests-secret",
        ["Bot:AuthorityHost"] = BaseUrl,
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = BaseUrl + "/v1/.well-known/openidconfiguration",
        ["Bot:EntraOpenIdMetadataUrlTemplate"] = BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration",
        ["Bot:EntraIssuerTemplates:0"] = BaseUrl + "/{tenantId}/v2.0",
        ["Bot:TrustedLocalCertificatePath"] = CertificatePemPath,
        ["Tab:ClientId"] = TabClientId,
        ["Tab:ApplicationIdUri"] = ApplicationIdUri,
        ["Tab:TenantId"] = TenantId,
        ["Tab:Instance"] = BaseUrl + "/",
        ["Tab:TrustedLocalCertificatePath"] = CertificatePemPath,
        ["Tab:OrganisationSmallGroupThreshold"] = "3",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TabSsoSubject Subject(string objectId, string[] roles) => new(objectId, "User " + objectId[..4], objectId + "@chu-demo.fr", roles);

    private static string DemoOrganisationPath([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "CompetencyTeams.DevChannel", "Demo", "demo-organisation.json"));
}
