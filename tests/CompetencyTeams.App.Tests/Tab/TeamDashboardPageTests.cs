using Bunit;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Tab.Pages;
using CompetencyTeams.App.Tab.Services;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class TeamDashboardPageTests : IAsyncLifetime
{
    private readonly TabComponentTestContext _tab = new();

    public TeamDashboardPageTests()
    {
        _tab.Api.Setup(a => a.GetPublicationAsync("camp-1", "accueil", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TabPublication("camp-1", "accueil", "none", null, null, null, null, false, null));
    }

    [Fact]
    public void Choosing_a_block_and_gaps_only_asks_the_API_for_that_filtered_dashboard()
    {
        _tab.Api.Setup(a => a.GetTeamDashboardAsync("camp-1", "accueil", It.IsAny<DashboardFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TabTestData.Dashboard(TabTestData.Camille(), TabTestData.Noa()));
        var cut = Render("en-US");

        cut.Find("fieldset.ct-filters select").Change("2.1");
        cut.Find("fieldset.ct-filters input[type=checkbox]").Change(true);

        _tab.Api.Verify(a => a.GetTeamDashboardAsync("camp-1", "accueil", new DashboardFilter("2.1", null, false), It.IsAny<CancellationToken>()), Times.Once);
        _tab.Api.Verify(a => a.GetTeamDashboardAsync("camp-1", "accueil", new DashboardFilter("2.1", null, true), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void The_filter_lists_keep_every_block_and_profile_after_narrowing()
    {
        var full = TabTestData.Dashboard(TabTestData.Camille(), TabTestData.Noa());
        _tab.Api.SetupSequence(a => a.GetTeamDashboardAsync("camp-1", "accueil", It.IsAny<DashboardFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(full)
            .ReturnsAsync(full with { Blocks = [full.Blocks[1]], People = [TabTestData.Noa()] });
        var cut = Render("en-US");

        cut.Find("fieldset.ct-filters select").Change("2.1");

        var selects = cut.FindAll("fieldset.ct-filters select");
        Assert.Equal(3, selects[0].QuerySelectorAll("option").Length);
        Assert.Equal(3, selects[1].QuerySelectorAll("option").Length);
        Assert.Single(cut.FindAll(".ct-heatmap tbody tr"));
    }

    [Fact]
    public void Figures_coverage_fte_and_participation_are_shown()
    {
        _tab.Api.Setup(a => a.GetTeamDashboardAsync("camp-1", "accueil", It.IsAny<DashboardFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TabTestData.Dashboard(TabTestData.Camille()));
        var cut = Render("fr-FR");

        Assert.Contains("Couverture par compétence", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("agent-accueil", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Envoyé", cut.Find(".ct-participation").TextContent, StringComparison.Ordinal);
        Assert.Contains("ct-shortfall", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_is_explained_in_the_users_language_with_a_way_to_retry()
    {
        _tab.Api.SetupSequence(a => a.GetTeamDashboardAsync("camp-1", "accueil", It.IsAny<DashboardFilter>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TabApiException(403, "forbidden", "You may not see team 'accueil'."))
            .ReturnsAsync(TabTestData.Dashboard(TabTestData.Camille()));
        var cut = Render("fr-FR");

        Assert.Contains("Vous n'avez pas accès à ces informations.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".ct-heatmap"));

        cut.Find(".ct-error fluent-button").Click();

        Assert.Single(cut.FindAll(".ct-heatmap tbody tr"));
    }

    [Fact]
    public void Only_the_teams_manager_sees_the_bulk_accept_and_publish_buttons()
    {
        _tab.Api.Setup(a => a.GetTeamDashboardAsync("camp-1", "accueil", It.IsAny<DashboardFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(TabTestData.Dashboard(TabTestData.Camille()));
        var hr = new TabMe("hr-1", "Lucas Bernard", true, false, []);

        var asManager = Render("en-US");
        var asHr = _tab.Render<TeamDashboardPage>("en-US", p => p.Add(x => x.CampaignId, "camp-1").Add(x => x.TeamId, "accueil"), hr);

        Assert.Contains("Accept every submitted assessment", asManager.Markup, StringComparison.Ordinal);
        Assert.Contains("Publish to SharePoint", asManager.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Accept every submitted assessment", asHr.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Publish to SharePoint", asHr.Markup, StringComparison.Ordinal);
        Assert.Contains("Export as CSV", asHr.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<TeamDashboardPage> Render(string locale) =>
        _tab.Render<TeamDashboardPage>(locale, p => p.Add(x => x.CampaignId, "camp-1").Add(x => x.TeamId, "accueil"));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _tab.DisposeAsync().AsTask();
}
