using Microsoft.Playwright;
using static CompetencyTeams.App.Tests.EndToEnd.DemoBrowser;

namespace CompetencyTeams.App.Tests.EndToEnd;

/// <summary>Each main screen of the tab, as the DevChannel's Teams host shows it, in French and English (issues #7 and #9).</summary>
[Collection(DemoStackCollection.Name)]
public sealed class ScreenshotTests(DemoStack stack)
{
    private static readonly (string Name, string User, string Path, string Ready)[] Screens =
    [
        ("home", HrId, "/tab", ".ct-campaign"),
        ("team-dashboard", ManagerId, $"/tab/campaigns/{ClosedCampaign}/teams/{TeamId}", "table.ct-heatmap"),
        ("person", ManagerId, $"/tab/campaigns/{ClosedCampaign}/people/{AgentId}?team={TeamId}", ".ct-status"),
        ("action-plan", ManagerId, $"/tab/campaigns/{ClosedCampaign}/teams/{TeamId}/action-plan", "h1"),
        ("hr-campaigns", HrId, "/tab/hr", "table.ct-table"),
        ("hr-campaign-participation", HrId, $"/tab/hr/campaigns/{ClosedCampaign}", ".ct-campaign-state"),
        ("organisation", HrId, $"/tab/campaigns/{ClosedCampaign}/organisation", "h1"),
        ("hr-frameworks", HrId, "/tab/hr/frameworks", "table.ct-table"),
        ("hr-framework-edit", HrId, "/tab/hr/frameworks/anap-afr/1/edit", ".ct-pole"),
        ("hr-level-scale", HrId, "/tab/hr/level-scale", "table.ct-scale"),
        ("hr-profiles", HrId, "/tab/hr/profiles", "table.ct-table"),
    ];

    [RequiresChromiumFact]
    public async Task Every_main_screen_is_captured_in_french_and_english_and_the_dashboard_in_dark_theme()
    {
        await using var browser = await StartAsync(stack);
        var page = await browser.NewPageAsync();
        var written = new List<string>();
        foreach (var locale in new[] { "fr-FR", "en-US" })
        {
            foreach (var (name, user, path, ready) in Screens)
            {
                written.Add(await CaptureAsync(browser, page, $"{name}.{locale}", user, path, ready, locale, "default"));
            }
        }

        written.Add(await CaptureAsync(browser, page, "team-dashboard.dark.fr-FR", ManagerId, Screens[1].Path, Screens[1].Ready, "fr-FR", "dark"));

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty."));
        Assert.Equal((Screens.Length * 2) + 1, written.Distinct(StringComparer.Ordinal).Count());
    }

    private static async Task<string> CaptureAsync(DemoBrowser browser, IPage page, string name, string user, string path, string ready, string locale, string theme)
    {
        var tab = await browser.OpenTabAsync(page, user, path, locale, theme);
        try
        {
            await tab.Locator(ready).First.WaitForAsync();
            await SettledAsync(tab);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "failed-" + name + ".png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(ScreenshotFolder, "failed-" + name + ".log"), browser.Log);
            throw;
        }

        var lang = await tab.Locator("html").GetAttributeAsync("lang");
        Assert.Equal(locale[..2], lang);
        if (theme == "dark")
        {
            Assert.Equal("dark", await tab.Locator("body").GetAttributeAsync("data-ct-theme"));
        }

        await Task.Delay(400); // Fluent's web components finish their first paint.
        var file = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        return file;
    }
}
