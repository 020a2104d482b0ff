using System.Globalization;
using Microsoft.Playwright;
using static CompetencyTeams.App.Tests.EndToEnd.DemoBrowser;

namespace CompetencyTeams.App.Tests.EndToEnd;

/// <summary>
/// The demo walked through its pages only: HR launches the prepared campaign, an agent answers it in the chat and HR
/// sees the participation move, their manager validates it in the team dashboard and publishes the summary, which the
/// DevChannel's SharePoint page shows.
/// </summary>
[Collection(DemoStackCollection.Name)]
public sealed class WalkTests(DemoStack stack)
{
    // "Réessayer": a click slower than Questionnaire:ClickBudget on a loaded machine answers "not saved, try again",
    // and the agent retries, as a person would.
    private static readonly string[] CardButtons = ["Envoyer mes réponses", "Vérifier et envoyer", "Continuer", "Suivant", "Commencer", "Réessayer"];

    [RequiresChromiumFact]
    public async Task Hr_launches_an_agent_answers_in_chat_hr_sees_participation_move_the_manager_validates_and_publishes_to_sharepoint()
    {
        await using var browser = await StartAsync(stack);
        try
        {
            await WalkAsync(browser);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            await File.WriteAllTextAsync(Path.Combine(ScreenshotFolder, "failed-walk.log"),
                $"{browser.Log}\n--- App ---\n{stack.App?.Output}\n--- DevChannel ---\n{stack.DevChannel?.Output}");
            throw;
        }
    }

    [RequiresChromiumFact]
    public async Task Hr_creates_a_campaign_in_the_form_launches_it_and_sees_its_invitations_delivered()
    {
        await using var browser = await StartAsync(stack);
        var hr = await browser.NewPageAsync();
        try
        {
            await CreateAndLaunchAsync(browser, hr);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException)
        {
            await hr.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "failed-create.png"), FullPage = true });
            throw;
        }
    }

    private static async Task CreateAndLaunchAsync(DemoBrowser browser, IPage hr)
    {
        var tab = await browser.OpenTabAsync(hr, HrId, "/tab/hr");
        await tab.Locator("fluent-button", new() { HasTextString = "New campaign" }).ClickAsync();
        await tab.GetByLabel("Name (French)").FillAsync("Campagne créée dans l'onglet");
        await tab.GetByLabel("Name (English)").FillAsync("Campaign created in the tab");
        await tab.GetByLabel("Everyone").UncheckAsync();
        await tab.Locator("fieldset label").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^\\s*(Facturation|Billing)\\s*$") }).Locator("input").CheckAsync();
        await tab.Locator("form fluent-button[type='submit'], form button[type='submit']").First.ClickAsync();

        await tab.Locator("[data-action='schedule']").ClickAsync();
        await tab.Locator("[data-action='launch-now']").ClickAsync();
        await tab.GetByText("Launch now — Done.").WaitForAsync();
        var campaignId = Uri.UnescapeDataString(hr.Frames.Select(f => f.Url).Last(u => u.Contains("/tab/hr/campaigns/", StringComparison.Ordinal)).Split("/tab/hr/campaigns/")[1].Split('?')[0]);

        Assert.NotEqual(ReadyCampaign, campaignId);
        await WaitForParticipationAsync(browser, hr, campaignId, "Delivered", delivered => delivered > 0);
    }

    private async Task WalkAsync(DemoBrowser browser)
    {
        // The agent has the app installed (opening the chat installs it, as Teams would): without Delivery:TeamsAppCatalogId
        // the App cannot install it itself, so an invitation to someone who never opened the chat is not sent.
        var chat = await browser.NewPageAsync();
        var installed = chat.WaitForResponseAsync(r => r.Url.EndsWith("/open", StringComparison.Ordinal));
        await chat.GotoAsync($"{stack.DevChannelUrl}/chat/?user={AgentId}");
        Assert.True((await installed).Ok, "The chat page could not install the app for the agent.");

        var hr = await browser.NewPageAsync();
        var hrTab = await browser.OpenTabAsync(hr, HrId, "/tab/hr");
        await hrTab.GetByRole(AriaRole.Link, new() { Name = "Annual competency assessment – new campaign" }).ClickAsync();
        var launch = hrTab.Locator("[data-action='launch-now']");
        await launch.ClickAsync();
        await hrTab.GetByText("Launch now — Done.").WaitForAsync();
        await WaitForParticipationAsync(browser, hr, ReadyCampaign, "Submitted", submitted => submitted == 0);

        try
        {
            await AnswerQuestionnaireAsync(chat);
        }
        finally
        {
            await chat.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "walk-chat.png"), FullPage = true });
        }

        await WaitForParticipationAsync(browser, hr, ReadyCampaign, "Submitted", submitted => submitted == 1);

        var manager = await browser.NewPageAsync();
        var dashboard = await browser.OpenTabAsync(manager, ManagerId, $"/tab/campaigns/{ReadyCampaign}/teams/{TeamId}");
        await dashboard.Locator("table.ct-heatmap").WaitForAsync();
        var validatedBefore = await ValidatedCountAsync(dashboard);
        await dashboard.GetByRole(AriaRole.Link, new() { Name = AgentName }).ClickAsync();
        await dashboard.Locator(".ct-status[data-status='Submitted']").WaitForAsync();
        await dashboard.Locator("form.ct-validation fluent-button[type='submit'], form.ct-validation button[type='submit']").First.ClickAsync();
        await dashboard.Locator(".ct-status[data-status='Validated']").WaitForAsync();

        dashboard = await browser.OpenTabAsync(manager, ManagerId, $"/tab/campaigns/{ReadyCampaign}/teams/{TeamId}");
        await dashboard.Locator("table.ct-heatmap").WaitForAsync();
        await SettledAsync(dashboard);
        Assert.Equal(validatedBefore + 1, await ValidatedCountAsync(dashboard));

        var sharePoint = await browser.NewPageAsync();
        Assert.DoesNotContain(ReadyCampaign, await SharePointTextAsync(sharePoint), StringComparison.Ordinal);
        await dashboard.GetByText("Publish to SharePoint").ClickAsync();
        await dashboard.Locator(".ct-publication[data-state='done']").WaitForAsync(new() { Timeout = 90_000 });

        Assert.Contains(ReadyCampaign, await SharePointTextAsync(sharePoint), StringComparison.Ordinal);
    }

    private async Task<string> SharePointTextAsync(IPage page)
    {
        await page.GotoAsync($"{stack.DevChannelUrl}/devchannel/sharepoint");
        return await page.Locator("body").InnerTextAsync();
    }

    /// <summary>Start, each block (first level of every competency), time shares if asked, review, submit.</summary>
    private static async Task AnswerQuestionnaireAsync(IPage chat)
    {
        var start = chat.GetByRole(AriaRole.Button, new() { Name = "Commencer", Exact = true });
        await start.First.WaitForAsync(new() { Timeout = 90_000 });
        for (var step = 0; step < 40; step++)
        {
            var card = chat.Locator("#messages li.bot").Last;
            if ((await card.InnerTextAsync()).Contains("Merci, vos réponses sont envoyées", StringComparison.Ordinal))
            {
                return;
            }

            await card.EvaluateAsync("""
                li => {
                  const names = new Set([...li.querySelectorAll('input[type=radio]')].map(r => r.name));
                  for (const name of names) {
                    const group = [...li.querySelectorAll('input[type=radio]')].filter(r => r.name === name);
                    if (!group.some(r => r.checked)) group[0].click();
                  }
                  const numbers = [...li.querySelectorAll('input[type=number]')];
                  numbers.forEach((n, i) => { n.value = i === 0 ? '100' : '0'; n.dispatchEvent(new Event('input', { bubbles: true })); });
                }
                """);
            var before = await card.InnerTextAsync();
            var clicked = false;
            foreach (var label in CardButtons)
            {
                var button = card.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });
                if (await button.CountAsync() > 0)
                {
                    clicked = true;
                    try
                    {
                        await button.First.ClickAsync(new() { Timeout = 5_000 });
                    }
                    catch (TimeoutException)
                    {
                        // The chat re-rendered the card under the click (its 1.5 s poll): look at the last card again.
                    }

                    break;
                }
            }

            Assert.True(clicked, "No questionnaire button on the last card: " + before);
            for (var i = 0; i < 100 && await chat.Locator("#messages li.bot").Last.InnerTextAsync() == before; i++)
            {
                await Task.Delay(150);
            }
        }

        Assert.Fail("The questionnaire did not reach its confirmation in 40 steps. Last card: " + await chat.Locator("#messages li.bot").Last.InnerTextAsync());
    }

    /// <summary>HR's live participation report of a campaign, reopened until the state's count is as expected.</summary>
    private static async Task WaitForParticipationAsync(DemoBrowser browser, IPage hr, string campaignId, string state, Func<int, bool> expected)
    {
        var count = -1;
        for (var attempt = 0; attempt < 30 && !expected(count); attempt++)
        {
            var report = await browser.OpenTabAsync(hr, HrId, $"/tab/hr/campaigns/{Uri.EscapeDataString(campaignId)}");
            count = await ParticipationCountAsync(report, state);
            if (!expected(count))
            {
                await Task.Delay(1000);
            }
        }

        Assert.True(expected(count), $"{state} stayed at {count} in the participation of {campaignId}.");
    }

    private static async Task<int> ParticipationCountAsync(IFrameLocator report, string state)
    {
        await report.Locator(".ct-participation").WaitForAsync();
        var figure = report.Locator($".ct-participation li[data-state='{state}'] strong");
        return await figure.CountAsync() == 0 ? 0 : int.Parse((await figure.InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<int> ValidatedCountAsync(IFrameLocator dashboard)
    {
        var value = await dashboard.Locator("dl.ct-figures div").Filter(new() { Has = dashboard.Locator("dt", new() { HasTextString = "Validated" }) }).Locator("dd").InnerTextAsync();
        return int.Parse(value.Trim(), CultureInfo.InvariantCulture);
    }
}
