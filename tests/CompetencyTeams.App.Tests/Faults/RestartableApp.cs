using CompetencyTeams.App.Tests.Features.Delivery;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;
using CompetencyTeams.TestSupport;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// The App as a child process (<see cref="AppProcess"/>) on a port chosen once, so clients keep its address across
/// a SIGKILL and the restart, as Teams keeps the bot's endpoint.
/// </summary>
public sealed class RestartableApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Dictionary<string, string?> _settings;
    private AppProcess? _process;

    private RestartableApp(Dictionary<string, string?> settings, Uri address)
    {
        _settings = settings;
        Address = address;
    }

    public Uri Address { get; }

    public int Starts { get; private set; }

    /// <summary>The last lines the current process wrote (for failure messages).</summary>
    public string Output => _process?.Output ?? "";

    /// <summary>
    /// The settings of an App that only answers the bot (and what the test turns on): storage under the test's prefix,
    /// the DevChannel's issuer trusted, no background work unless a test enables it.
    /// </summary>
    public static Dictionary<string, string?> Settings(DevChannelServer devChannel, string connection, string prefix)
    {
        var settings = devChannel.BotSettings();
        settings["Storage:ConnectionString"] = connection;
        settings["Storage:Prefix"] = prefix;
        settings["Delivery:RunWorkers"] = "false";
        settings["Campaigns:RunScheduler"] = "false";
        settings["Privacy:RunRetention"] = "false";
        settings["SharePoint:SiteHostname"] = "";
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:CompetencyTeams"] = "Warning";
        return settings;
    }

    public static async Task<RestartableApp> StartAsync(Dictionary<string, string?> settings)
    {
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var app = new RestartableApp(new Dictionary<string, string?>(settings) { ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/') }, address);
        await app.RestartAsync();
        return app;
    }

    /// <summary>SIGKILL: no shutdown hook, no flush, requests in flight are cut.</summary>
    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await _process.KillAsync();
            await _process.DisposeAsync();
            _process = null;
        }
    }

    /// <summary>Starts a new process on the same port and waits until it answers HTTP.</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        _process = AppProcess.Start(_settings);
        Starts++;
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeProvider.System.GetUtcNow() + StartTimeout;
        while (true)
        {
            Assert.False(_process.HasExited, $"The App exited while starting:\n{_process.Output}");
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"The App did not answer on {Address} within {StartTimeout}:\n{_process.Output}");
            try
            {
                using var response = await probe.GetAsync(new Uri("healthz", UriKind.Relative));
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync() => await KillAsync();
}
