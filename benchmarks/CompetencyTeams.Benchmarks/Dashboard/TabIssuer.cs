extern alias devchannel;

using devchannel::CompetencyTeams.DevChannel.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Benchmarks.Dashboard;

/// <summary>The DevChannel's Entra stand-in over HTTPS on a free port, minting the tab tokens the App validates.</summary>
public sealed class TabIssuer : IAsyncDisposable
{
    private const string TabClientId = "8b1f0c2a-4d3e-4f5a-9b6c-7d8e9f0a1b2c";
    private const string TenantId = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c";
    private readonly WebApplication _app;

    private TabIssuer(WebApplication app, int port) => (_app, BaseUrl) = (app, $"https://localhost:{port}");

    public string BaseUrl { get; }

    public static async Task<TabIssuer> StartAsync(string repositoryRoot)
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["DevChannel:Identity:DataFolder"] = Path.Combine(Path.GetTempPath(), "ct-bench-dashboard", Guid.NewGuid().ToString("N")),
            ["DevChannel:Identity:HttpsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DevChannel:TabSso:ClientId"] = TabClientId,
            ["DevChannel:Directory:DemoOrganisationPath"] = Path.Combine(repositoryRoot, "src", "CompetencyTeams.DevChannel", "Demo", "demo-organisation.json"),
        });
        builder.AddDevIdentity();
        builder.Services.AddTabSso();
        var app = builder.Build();
        app.MapDevIdentity();
        app.MapTabSso();
        await app.StartAsync();
        return new TabIssuer(app, port);
    }

    public string Token(string objectId, params string[] roles) =>
        _app.Services.GetRequiredService<TabSsoTokenMinter>().Mint(TenantId, new TabSsoSubject(objectId, "User " + objectId, objectId + "@bench.test", roles));

    /// <summary>The App's settings that make it trust this issuer for the tab (the bot settings it also needs point here too).</summary>
    public Dictionary<string, string?> AppSettings()
    {
        var certificate = _app.Services.GetRequiredService<DevIdentityKeys>().CertificatePemPath;
        return new()
        {
            ["Bot:MicrosoftAppId"] = "5d2a7c3e-1b4f-4a6d-9e8c-7f1a2b3c4d5e",
            ["Bot:TenantId"] = TenantId,
            ["Bot:ClientSecret"] = "unused-by-the-dashboard",
            ["Bot:AuthorityHost"] = BaseUrl,
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = BaseUrl + "/v1/.well-known/openidconfiguration",
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration",
            ["Bot:TrustedLocalCertificatePath"] = certificate,
            ["Tab:ClientId"] = TabClientId,
            ["Tab:TenantId"] = TenantId,
            ["Tab:Instance"] = BaseUrl + "/",
            ["Tab:TrustedLocalCertificatePath"] = certificate,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
