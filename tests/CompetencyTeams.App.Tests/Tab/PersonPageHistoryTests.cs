using Bunit;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Tab.Pages;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.Domain.Common;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class PersonPageHistoryTests : IAsyncLifetime
{
    private readonly TabComponentTestContext _tab = new();

    public PersonPageHistoryTests() =>
        _tab.Api.Setup(a => a.GetPersonAsync("camp-1", "p-camille", It.IsAny<CancellationToken>())).ReturnsAsync(TabTestData.SubmittedAssessment());

    [Fact]
    public void The_history_shows_one_column_per_earlier_campaign_newest_first_and_the_level_per_competency()
    {
        _tab.Api.Setup(a => a.GetPersonHistoryAsync("p-camille", "camp-1", It.IsAny<CancellationToken>())).ReturnsAsync(History());

        var cut = Render("en-US");

        var headers = cut.FindAll("table.ct-history thead th[data-campaign]");
        Assert.Equal(["camp-2025", "camp-2024"], headers.Select(h => h.GetAttribute("data-campaign")));
        Assert.Contains("2025 campaign", headers[0].TextContent, StringComparison.Ordinal);
        var rows = cut.FindAll("table.ct-history tbody tr");
        Assert.Equal(2, rows.Count);
        var first = rows[0].QuerySelectorAll("td");
        Assert.Equal("3", first[0].TextContent.Trim()[..1]);
        Assert.Equal("true", first[0].GetAttribute("data-by-manager"));
        Assert.Contains("set by the manager", first[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Not assessed", first[1].TextContent.Trim());
        Assert.Equal("Not applicable", rows[1].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Contains("last 2 campaigns", cut.Find("table.ct-history caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_history_speaks_French_in_a_French_Teams()
    {
        _tab.Api.Setup(a => a.GetPersonHistoryAsync("p-camille", "camp-1", It.IsAny<CancellationToken>())).ReturnsAsync(History());

        var cut = Render("fr-FR");

        Assert.Contains("Campagne 2025", cut.Find("table.ct-history thead").TextContent, StringComparison.Ordinal);
        Assert.Contains("validé par le manager", cut.Find("table.ct-history tbody").TextContent, StringComparison.Ordinal);
        Assert.Contains("Non évalué", cut.Find("table.ct-history tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_with_no_other_campaign_gets_an_empty_state_not_an_empty_table()
    {
        _tab.Api.Setup(a => a.GetPersonHistoryAsync("p-camille", "camp-1", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PersonHistory("p-camille", "Camille Martin", [], []));

        var cut = Render("en-US");

        Assert.Empty(cut.FindAll("table.ct-history"));
        Assert.Contains("No other campaign for this person.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_history_leaves_the_assessment_readable()
    {
        _tab.Api.Setup(a => a.GetPersonHistoryAsync("p-camille", "camp-1", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TabApiException(503, "unavailable", "Storage is unavailable.", null));

        var cut = Render("en-US");

        Assert.Contains("The history could not be loaded.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Accueil physique", cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<PersonPage> Render(string locale) => _tab.Render<PersonPage>(locale, p => p
        .Add(x => x.CampaignId, "camp-1")
        .Add(x => x.PersonId, "p-camille"));

    private static PersonHistory History() => new(
        "p-camille",
        "Camille Martin",
        [
            new HistoryCampaign("camp-2025", new LocalizedText("Campagne 2025", "2025 campaign"), "Closed", new DateTimeOffset(2025, 11, 3, 8, 0, 0, TimeSpan.Zero), null, "Validated", null),
            new HistoryCampaign("camp-2024", new LocalizedText("Campagne 2024", "2024 campaign"), "Closed", new DateTimeOffset(2024, 11, 4, 8, 0, 0, TimeSpan.Zero), null, "Submitted", null),
        ],
        [
            new HistoryCompetency("1.1.1", "Accueil physique", [new HistoryLevel("3", true), new HistoryLevel(null, false)]),
            new HistoryCompetency("1.1.2", "Accueil téléphonique", [new HistoryLevel("na", false), new HistoryLevel("2", false)]),
        ]);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _tab.DisposeAsync().AsTask();
}
