using Bunit;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Tab.Components;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.App.Tab.Texts;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class HeatmapTests : IAsyncLifetime
{
    private readonly TabComponentTestContext _tab = new();

    [Theory]
    [InlineData(0, HeatmapPalette.AtLevel)]
    [InlineData(-1, HeatmapPalette.AtLevel)]
    [InlineData(1, HeatmapPalette.Gap1)]
    [InlineData(2, HeatmapPalette.Gap2)]
    [InlineData(3, HeatmapPalette.Gap3OrMore)]
    [InlineData(5, HeatmapPalette.Gap3OrMore)]
    public void A_held_level_is_coloured_by_its_gap_to_the_requirement(int gap, string expected) =>
        Assert.Equal(expected, HeatmapPalette.ClassOf(new HeatmapCell("1.1.1", CellState.Level, 3 - gap, 3, gap)));

    [Fact]
    public void Not_assessed_and_not_applicable_have_their_own_looks_never_a_level_zero()
    {
        var notAssessed = new HeatmapCell("1.1.1", CellState.NotAssessed, null, 3, null);
        var notApplicable = new HeatmapCell("1.1.1", CellState.NotApplicable, null, 3, null);
        var levelZeroGap = new HeatmapCell("1.1.1", CellState.Level, 3, 3, 0);

        Assert.Equal(HeatmapPalette.NotAssessed, HeatmapPalette.ClassOf(notAssessed));
        Assert.Equal(HeatmapPalette.NotApplicable, HeatmapPalette.ClassOf(notApplicable));
        Assert.NotEqual(HeatmapPalette.ClassOf(levelZeroGap), HeatmapPalette.ClassOf(notAssessed));
        Assert.Equal("?", HeatmapPalette.ShortText(notAssessed));
        Assert.Equal("n/a", HeatmapPalette.ShortText(notApplicable));
        Assert.DoesNotContain("0", HeatmapPalette.Describe(notAssessed, new TabText("en-US")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_held_where_nothing_is_required_is_neutral_not_a_gap() =>
        Assert.Equal(HeatmapPalette.NotRequired, HeatmapPalette.ClassOf(new HeatmapCell("1.1.2", CellState.Level, 2, null, null)));

    [Fact]
    public void Each_cell_is_rendered_with_its_colour_its_level_and_words_for_screen_readers()
    {
        var cut = _tab.Render<Heatmap>("en-US", p => p
            .Add(x => x.Dashboard, TabTestData.Dashboard(TabTestData.Camille()))
            .Add(x => x.Text, new TabText("en-US")));

        var cells = cut.FindAll("tbody td");
        Assert.Equal(3, cells.Count);
        Assert.Contains(HeatmapPalette.Gap2, cells[0].ClassList);
        Assert.Equal("1", cells[0].QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.Contains("level 1, required 3, gap 2", cells[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(HeatmapPalette.NotRequired, cells[1].ClassList);
        Assert.Contains(HeatmapPalette.NotAssessed, cells[2].ClassList);
        Assert.Contains("Not assessed", cells[2].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_are_grouped_by_block_and_critical_competencies_are_marked()
    {
        var cut = _tab.Render<Heatmap>("en-US", p => p
            .Add(x => x.Dashboard, TabTestData.Dashboard(TabTestData.Camille()))
            .Add(x => x.Text, new TabText("en-US")));

        var groups = cut.FindAll("th[scope=colgroup]");
        Assert.Equal(["1.1", "2.1"], groups.Select(g => g.TextContent.Trim()));
        Assert.Equal("2", groups[0].GetAttribute("colspan"));
        Assert.Single(cut.FindAll("th.ct-comp .ct-critical"));
    }

    [Fact]
    public void The_heatmap_speaks_the_Teams_locale()
    {
        var french = _tab.Render<Heatmap>("fr-FR", p => p
            .Add(x => x.Dashboard, TabTestData.Dashboard(TabTestData.Camille()))
            .Add(x => x.Text, new TabText("fr-FR")));

        var cells = french.FindAll("tbody td");
        Assert.Contains("niveau 1, requis 3, écart 2", cells[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Non évalué", cells[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Légende", french.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_teams_are_paged_25_people_at_a_time()
    {
        var people = Enumerable.Range(0, 30).Select(i => TabTestData.Camille() with { PersonId = $"p{i}", DisplayName = $"Person {i:00}" }).ToArray();
        var cut = _tab.Render<Heatmap>("en-US", p => p
            .Add(x => x.Dashboard, TabTestData.Dashboard(people))
            .Add(x => x.Text, new TabText("en-US")));

        Assert.Equal(25, cut.FindAll("tbody tr").Count);
        Assert.Contains("1–25 of 30", cut.Markup, StringComparison.Ordinal);

        cut.FindAll(".ct-pager fluent-button")[1].Click();

        Assert.Equal(5, cut.FindAll("tbody tr").Count);
        Assert.Contains("Person 29", cut.Markup, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _tab.DisposeAsync().AsTask();
}
