using System.Collections.Concurrent;
using CompetencyTeams.DevChannel.Identity;
using CompetencyTeams.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>
/// The DevChannel's token issuer, hosted in-process on Kestrel over HTTPS on a free loopback port, with its own
/// keys and self-signed certificate in a temporary folder. Counts the requests it serves, by path.
/// </summary>
public sealed class IdentityHost : IAsyncDisposable
{
    public const string ClientSecret = "dev-secret-for-tests";

    private readonly WebApplication _app;
    private readonly bool _ownsFolder;

    private IdentityHost(WebApplication app, string folder, int port, bool ownsFolder)
    {
        _app = app;
        _ownsFolder = ownsFolder;
        DataFolder = folder;
        BaseUrl = $"https://localhost:{port}";
    }

    public string DataFolder { get; }

    public string BaseUrl { get; }

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.Ordinal);

    public DevTokenIssuer Issuer => _app.Services.GetRequiredService<DevTokenIssuer>();

    public DevIdentityKeys Keys => _app.Services.GetRequiredService<DevIdentityKeys>();

    public string CertificatePemPath => Keys.CertificatePemPath;

    public int RequestsTo(string pathSuffix) => Requests.Where(r => r.Key.EndsWith(pathSuffix, StringComparison.Ordinal)).Sum(r => r.Value);

    public static async Task<IdentityHost> StartAsync(string[]? endorsements = null, string? dataFolder = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePorts.Next();
            var folder = dataFolder ?? Path.Combine(Path.GetTempPath(), "ct-bot-tests", Guid.NewGuid().ToString("N"));
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
            builder.Logging.ClearProviders();
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["DevChannel:Identity:DataFolder"] = folder,
                ["DevChannel:Identity:HttpsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["DevChannel:Identity:Clients:0:ClientId"] = BotTestSettings.AppId,
                ["DevChannel:Identity:Clients:0:ClientSecret"] = ClientSecret,
            };
            for (var i = 0; endorsements is not null && i < endorsements.Length; i++)
            {
                settings[$"DevChannel:Identity:Endorsements:{i}"] = endorsements[i];
            }

            builder.Configuration.AddInMemoryCollection(settings);
            builder.AddDevIdentity();
            var app = builder.Build();
            var host = new IdentityHost(app, folder, port, ownsFolder: dataFolder is null);
            app.Use(async (HttpContext context, RequestDelegate next) =>
            {
                host.Requests.AddOrUpdate(context.Request.Method + " " + context.Request.Path, 1, (_, n) => n + 1);
                await next(context);
            });
            app.MapDevIdentity();
            try
            {
                await app.StartAsync();
                return host;
            }
            catch (IOException) when (attempt < 5)
            {
                await app.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsFolder)
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
