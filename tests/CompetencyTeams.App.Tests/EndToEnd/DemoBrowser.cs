using CompetencyTeams.TestSupport;
using CompetencyTeams.TestSupport.Cards;
using Microsoft.Playwright;

namespace CompetencyTeams.App.Tests.EndToEnd;

/// <summary>
/// Headless Debian Chromium (no browser download) on the DevChannel's pages: /tab/ plays the Teams client around the
/// App's tab (framed as #tab), /chat/ the Teams chat with the bot.
/// </summary>
public sealed class DemoBrowser : IAsyncDisposable
{
    public const string HrId = "d975868f-6890-5696-bb2a-bdec2c418b12";
    public const string ManagerId = "7a09dc94-6a38-57e2-9346-7764b7f7cca8";
    public const string AgentId = "c8fc8dcc-1568-595f-8d6e-d82e00da6f39";
    public const string AgentName = "Hugo Thomas";
    public const string TeamId = "accueil";
    public const string ClosedCampaign = "demo-campagne-precedente";
    public const string ReadyCampaign = "demo-campagne-suivante";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly DemoStack _stack;
    private readonly List<string> _log = [];

    private DemoBrowser(IPlaywright playwright, IBrowser browser, DemoStack stack)
    {
        _playwright = playwright;
        _browser = browser;
        _stack = stack;
    }

    public static async Task<DemoBrowser> StartAsync(DemoStack stack)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = CardValidationPrerequisites.ChromiumPath, Headless = true, Args = ChromiumArgs });
        return new DemoBrowser(playwright, browser, stack);
    }

    /// <summary>What the pages logged (console, errors, failed requests), for a failing test's message.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    public static string ScreenshotFolder => Directory.CreateDirectory(RepositoryPaths.InRepository("artifacts", "screenshots")).FullName;

    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => Remember($"console {message.Type}: {message.Text}");
        page.PageError += (_, error) => Remember("page error: " + error);
        page.RequestFailed += (_, request) => Remember($"request failed: {request.Url} {request.Failure}");
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        return page;
    }

    /// <summary>Opens the DevChannel's Teams host for a user, then (like a Teams deep link) points its frame at a tab path.</summary>
    public async Task<IFrameLocator> OpenTabAsync(IPage page, string userId, string path, string locale = "en-US", string theme = "default")
    {
        await page.GotoAsync($"{_stack.DevChannelUrl}/tab/?user={userId}&locale={locale}&theme={theme}");
        var tab = page.FrameLocator("#tab");
        await tab.Locator("h1").First.WaitForAsync();
        if (path != "/tab")
        {
            await page.EvaluateAsync("url => { document.getElementById('tab').src = url; }", _stack.AppUrl + path);
            var wanted = path.Split('?')[0];
            for (var i = 0; i < 100 && !page.Frames.Any(f => f.Url.StartsWith(_stack.AppUrl + wanted, StringComparison.Ordinal)); i++)
            {
                await Task.Delay(100);
            }

            await tab.Locator("h1").First.WaitForAsync();
        }

        await SettledAsync(tab);
        return tab;
    }

    /// <summary>Waits until the tab shows no loading panel, and fails when it shows an API error.</summary>
    public static async Task SettledAsync(IFrameLocator tab)
    {
        await tab.Locator(".ct-loading").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var errors = tab.Locator(".ct-error");
        if (await errors.CountAsync() > 0)
        {
            throw new InvalidOperationException("The tab shows an error: " + await errors.First.InnerTextAsync());
        }
    }

    public async Task<IPage> OpenChatAsync(string userId)
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{_stack.DevChannelUrl}/chat/?user={userId}");
        return page;
    }

    private void Remember(string line)
    {
        lock (_log)
        {
            _log.Add(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
