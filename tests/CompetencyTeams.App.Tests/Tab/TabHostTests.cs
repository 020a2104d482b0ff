using Bunit;
using CompetencyTeams.App.Tab.Components;
using CompetencyTeams.App.Tab.Pages;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.Domain.Common;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

/// <summary>The page around the screens: outside Teams, the language, the home screen's states.</summary>
public sealed class TabHostTests : IAsyncLifetime
{
    private readonly TabComponentTestContext _tab = new();

    [Fact]
    public void Outside_Teams_the_page_says_how_to_open_it_and_offers_the_DevChannel_only_when_configured()
    {
        var host = new TabHostContext(TabHostContext.Browser, null, "en-US", "default", null);

        var withoutDevChannel = _tab.Bunit.Render<OutsideTeams>(p => p.Add(x => x.Host, host));
        var withDevChannel = _tab.Bunit.Render<OutsideTeams>(p => p.Add(x => x.Host, host).Add(x => x.DevChannelUrl, "http://127.0.0.1:5081/tab-users"));

        Assert.Contains("Open CompetencyTeams in Microsoft Teams", withoutDevChannel.Markup, StringComparison.Ordinal);
        Assert.Empty(withoutDevChannel.FindAll("fluent-anchor-button, a[href*='5081']"));
        Assert.Contains("http://127.0.0.1:5081/tab-users", withDevChannel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_Teams_a_French_browser_gets_the_French_explanation()
    {
        var cut = _tab.Bunit.Render<OutsideTeams>(p => p.Add(x => x.Host, new TabHostContext(TabHostContext.Browser, null, "fr-FR", "default", null)));

        Assert.Contains("Ouvrez CompetencyTeams dans Microsoft Teams", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "Campagnes", "Tableau de bord – Accueil et admissions", "En cours")]
    [InlineData("fr-CA", "Campagnes", "Tableau de bord – Accueil et admissions", "En cours")]
    [InlineData("en-GB", "Campaigns", "Dashboard – Accueil et admissions", "Running")]
    [InlineData("de-DE", "Campaigns", "Dashboard – Accueil et admissions", "Running")]
    public void The_home_screen_follows_the_Teams_locale(string locale, string title, string teamLink, string state)
    {
        _tab.Api.Setup(a => a.ListCampaignsAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync(new TabPage<TabCampaignSummary>([Campaign()], null));

        var cut = _tab.Render<HomePage>(locale);

        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Contains(teamLink, cut.Markup, StringComparison.Ordinal);
        Assert.Contains(state, cut.Find(".ct-tag").TextContent, StringComparison.Ordinal);
        Assert.Contains(locale.StartsWith("fr", StringComparison.Ordinal) ? "Campagne 2026" : "2026 campaign", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_without_campaigns_is_told_where_the_questionnaire_is()
    {
        _tab.Api.Setup(a => a.ListCampaignsAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync(new TabPage<TabCampaignSummary>([], null));

        var cut = _tab.Render<HomePage>("en-US", me: new TabMe("agent-1", "Agent", false, false, []));

        Assert.Contains("No campaign concerns you yet.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("chat with the CompetencyTeams bot", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void While_the_API_answers_the_home_screen_shows_a_loading_state()
    {
        var pending = new TaskCompletionSource<TabPage<TabCampaignSummary>>();
        _tab.Api.Setup(a => a.ListCampaignsAsync(null, It.IsAny<CancellationToken>())).Returns(pending.Task);

        var cut = _tab.Render<HomePage>("en-US");

        Assert.Contains("Loading…", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        pending.SetResult(new TabPage<TabCampaignSummary>([Campaign()], null));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".ct-loading")));
    }

    [Fact]
    public void When_the_service_cannot_be_reached_the_home_screen_says_so()
    {
        _tab.Api.Setup(a => a.ListCampaignsAsync(null, It.IsAny<CancellationToken>())).ThrowsAsync(new TabApiException("The tab API could not be reached.", new HttpRequestException()));

        var cut = _tab.Render<HomePage>("en-US");

        Assert.Contains("The service does not answer.", cut.Markup, StringComparison.Ordinal);
    }

    private static TabCampaignSummary Campaign() => new(
        "camp-2026",
        new LocalizedText("Campagne 2026", "2026 campaign"),
        "Running",
        new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero),
        null,
        new TabFrameworkRef("anap-afr", 1),
        true,
        40,
        ["accueil"]);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _tab.DisposeAsync().AsTask();
}
