extern alias devchannel;

using System.Diagnostics;
using System.Text.Json.Nodes;
using devchannel::CompetencyTeams.DevChannel.Connector;
using devchannel::CompetencyTeams.DevChannel.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Benchmarks.Ingestion;

/// <summary>
/// The DevChannel's token issuer over HTTPS on a free port: the App validates the benchmark's tokens as Teams' own.
/// With the Bot Connector stand-in (fanout), the App's outbound calls get their access tokens here too.
/// </summary>
public sealed class BenchDevChannel : IAsyncDisposable
{
    private const string AppId = "7e3b9a1c-2d4f-4b6a-8c1e-9f0a1b2c3d4e";
    private const string TenantId = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c";
    private const string ClientSecret = "bench-client-secret";
    private readonly Microsoft.AspNetCore.Builder.WebApplication _app;
    private (string Token, long Expires) _token;

    private BenchDevChannel(Microsoft.AspNetCore.Builder.WebApplication app, int port)
    {
        _app = app;
        BaseUrl = $"https://localhost:{port}";
    }

    public string BaseUrl { get; }

    public string ServiceUrl => BaseUrl + "/";

    public static string BotId => "28:" + AppId;

    public static string Tenant => TenantId;

    /// <summary>The stand-in's services (conversation store, stats, rate limiter, faults) when started with the connector.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>A channel token, re-minted every minute (they live five).</summary>
    public string Token()
    {
        var current = _token;
        if (current.Token is not null && Stopwatch.GetTimestamp() < current.Expires)
        {
            return current.Token;
        }

        var token = _app.Services.GetRequiredService<DevTokenIssuer>().MintChannelToken(AppId, ServiceUrl);
        _token = (token, Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency));
        return token;
    }

    /// <summary>Starts the issuer; with <paramref name="connector"/> settings ("DevChannel:Connector:*") also the Bot Connector stand-in.</summary>
    public static async Task<BenchDevChannel> StartAsync(IReadOnlyDictionary<string, string?>? connector = null)
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(new Microsoft.AspNetCore.Builder.WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(builder.Configuration, new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["DevChannel:Identity:DataFolder"] = Path.Combine(Path.GetTempPath(), "ct-bench-ingestion", Guid.NewGuid().ToString("N")),
            ["DevChannel:Identity:HttpsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (connector is not null)
        {
            Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(builder.Configuration, new Dictionary<string, string?>(connector)
            {
                ["DevChannel:Identity:Clients:0:ClientId"] = AppId,
                ["DevChannel:Identity:Clients:0:ClientSecret"] = ClientSecret,
            });
            builder.Services.AddBotConnectorStandIn();
        }

        builder.AddDevIdentity();
        var app = builder.Build();
        app.MapDevIdentity();
        if (connector is not null)
        {
            app.MapBotConnectorStandIn();
        }

        await app.StartAsync();
        return new BenchDevChannel(app, port);
    }

    public Dictionary<string, string?> BotSettings() => new()
    {
        ["Bot:MicrosoftAppId"] = AppId,
        ["Bot:TenantId"] = TenantId,
        ["Bot:ClientSecret"] = ClientSecret,
        ["Bot:AuthorityHost"] = BaseUrl,
        ["Bot:BotFrameworkOpenIdMetadataUrl"] = BaseUrl + "/v1/.well-known/openidconfiguration",
        ["Bot:EntraOpenIdMetadataUrlTemplate"] = BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration",
        ["Bot:TrustedLocalCertificatePath"] = _app.Services.GetRequiredService<DevIdentityKeys>().CertificatePemPath,
    };

    public static JsonObject Invoke(string serviceUrl, string agent, string verb, JsonObject data) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = "1:" + Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + agent, ["aadObjectId"] = agent },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = "a:" + agent },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId },
        ["locale"] = "fr-FR",
        ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" },
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
