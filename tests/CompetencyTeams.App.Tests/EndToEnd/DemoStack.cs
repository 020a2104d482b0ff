using System.Diagnostics;
using System.Globalization;
using CompetencyTeams.App.Tests.Support;
using CompetencyTeams.TestSupport;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.App.Tests.EndToEnd;

/// <summary>
/// The local demo as run.sh starts it, on free ports and temporary folders: Azurite, the DevChannel and the App as child
/// processes from their built dlls (Development), the demo seeded and the SharePoint lists provisioned with the App's commands.
/// Starts nothing where Chromium is absent (the tests using it are skipped then).
/// </summary>
public sealed class DemoStack : IAsyncLifetime
{
    public const string TenantId = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c";
    private const string BotAppId = "00000000-0000-0000-0000-000000000b07";
    private const string BotSecret = "devchannel-local-secret";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly List<IAsyncDisposable> _owned = [];
    private string? _dataFolder;

    public int AppPort { get; } = FreePorts.Next();

    public int DevChannelPort { get; } = FreePorts.Next();

    public int DevChannelHttpsPort { get; } = FreePorts.Next();

    public string DevChannelUrl => $"http://127.0.0.1:{DevChannelPort}";

    public string AppUrl => $"http://127.0.0.1:{AppPort}";

    public ChildProcess? App { get; private set; }

    public ChildProcess? DevChannel { get; private set; }

    public async Task InitializeAsync()
    {
        if (RequiresChromiumFactAttribute.UnavailableReason is not null)
        {
            return;
        }

        var azurite = await AzuriteInstance.StartAsync();
        _owned.Add(azurite);
        _dataFolder = Directory.CreateTempSubdirectory("ct-e2e-devchannel-").FullName;

        DevChannel = ChildProcess.Start(
            ChildProcess.BuiltDll("CompetencyTeams.DevChannel"),
            ["--contentRoot", RepositoryPaths.InRepository("src", "CompetencyTeams.DevChannel"), "--urls", DevChannelUrl],
            DevChannelEnvironment());
        _owned.Add(DevChannel);
        await WaitForHttpAsync(DevChannelUrl + "/", DevChannel);

        var appDll = ChildProcess.BuiltDll("CompetencyTeams.App");
        var appEnvironment = AppEnvironment(azurite.ConnectionString);
        var contentRoot = RepositoryPaths.InRepository("src", "CompetencyTeams.App");
        await ChildProcess.RunToEndAsync(appDll, ["seed-demo", "--contentRoot", contentRoot], appEnvironment, StartTimeout);
        await ChildProcess.RunToEndAsync(appDll, ["provision-sharepoint", "--contentRoot", contentRoot], appEnvironment, StartTimeout);

        App = ChildProcess.Start(appDll, ["--contentRoot", contentRoot, "--urls", AppUrl], appEnvironment);
        _owned.Add(App);
        await WaitForHttpAsync(AppUrl + "/healthz", App);
    }

    public async Task DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        if (_dataFolder is not null)
        {
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    private Dictionary<string, string?> DevChannelEnvironment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DevChannel__Identity__DataFolder"] = _dataFolder!,
        ["DevChannel__Identity__HttpsPort"] = Invariant(DevChannelHttpsPort),
        ["DevChannel__Identity__Clients__0__ClientId"] = BotAppId,
        ["DevChannel__Identity__Clients__0__ClientSecret"] = BotSecret,
        ["DevChannel__Graph__DataFolder"] = _dataFolder!,
        ["DevChannel__Chat__AppMessagesUrl"] = AppUrl + "/api/messages",
        ["DevChannel__Chat__ServiceUrl"] = DevChannelUrl + "/",
        ["DevChannel__Chat__BotAppId"] = BotAppId,
        ["DevChannel__TabHost__AppTabUrl"] = AppUrl + "/tab",
    };

    private Dictionary<string, string?> AppEnvironment(string storage)
    {
        var issuer = $"https://localhost:{DevChannelHttpsPort}";
        return new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__ConnectionString"] = storage,
            ["Bot__MicrosoftAppId"] = BotAppId,
            ["Bot__TenantId"] = TenantId,
            ["Bot__ClientSecret"] = BotSecret,
            ["Bot__AuthorityHost"] = issuer,
            ["Bot__BotFrameworkOpenIdMetadataUrl"] = issuer + "/v1/.well-known/openidconfiguration",
            ["Bot__EntraOpenIdMetadataUrlTemplate"] = issuer + "/{tenantId}/v2.0/.well-known/openid-configuration",
            ["Bot__EntraIssuerTemplates__0"] = "https://sts.windows.net/{tenantId}/",
            ["Bot__EntraIssuerTemplates__1"] = issuer + "/{tenantId}/v2.0",
            ["Bot__TrustedLocalCertificatePath"] = Path.Combine(_dataFolder!, "devchannel-https.pem"),
            ["Graph__BaseUrl"] = DevChannelUrl + "/v1.0",
            ["Tab__Instance"] = issuer + "/",
            ["Tab__DevChannelUrl"] = DevChannelUrl,
            ["Delivery__TeamsAppCatalogId"] = BotAppId,
            ["Delivery__ServiceUrl"] = DevChannelUrl + "/",
            // The walk launches a campaign now: the scheduler looks every 2 s instead of 30 s.
            ["Campaigns__SchedulerInterval"] = "00:00:02",
        };
    }

    private static async Task WaitForHttpAsync(string url, ChildProcess process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The process behind {url} exited with {process.ExitCode}:\n{process.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(url));
                if ((int)response.StatusCode < 500)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow first answer while it warms up.
            }

            await Task.Delay(300);
        }

        throw new TimeoutException($"{url} did not answer in {StartTimeout}:\n{process.Output}");
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Runs alone (after the parallel collections): the stack and Chromium take both cores while they run.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DemoStackCollection : ICollectionFixture<DemoStack>
{
    public const string Name = "End-to-end demo stack";
}
