using CompetencyTeams.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>A minimal host of the bot endpoint (TestServer), configured against a local identity host.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, RecordingActivityHandler handler)
    {
        _app = app;
        Handler = handler;
        Client = app.GetTestClient();
    }

    public RecordingActivityHandler Handler { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BotHost> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        var handler = new RecordingActivityHandler();
        builder.Services.AddBotConnector();
        builder.Services.AddSingleton<IActivityHandler>(handler);
        var app = builder.Build();
        app.MapBotEndpoint();
        await app.StartAsync();
        return new BotHost(app, handler);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
