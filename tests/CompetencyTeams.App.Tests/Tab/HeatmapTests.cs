using Bunit;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Tab.Components;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.App.Tab.Texts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public void The_grid_is_one_tab_stop_on_the_first_persons_name_and_links_inside_are_out_of_the_tab_order()
    {
        var cut = RenderTwoPeople();

        Assert.Equal("grid", cut.Find("table").GetAttribute("role"));
        var stops = cut.FindAll("[tabindex='0']");
        var stop = Assert.Single(stops);
        Assert.Equal(("0", "0"), (stop.GetAttribute("data-row"), stop.GetAttribute("data-col")));
        Assert.All(cut.FindAll("tbody a"), a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        Assert.All(cut.FindAll("tbody td"), td => Assert.Equal("gridcell", td.GetAttribute("role")));
    }

    [Theory]
    [InlineData(new[] { "ArrowRight" }, 0, 1)]
    [InlineData(new[] { "ArrowRight", "ArrowRight", "ArrowDown" }, 1, 2)]
    [InlineData(new[] { "ArrowDown", "ArrowDown", "ArrowDown" }, 1, 0)]
    [InlineData(new[] { "ArrowLeft", "ArrowUp" }, 0, 0)]
    [InlineData(new[] { "End" }, 0, 3)]
    [InlineData(new[] { "End", "ArrowRight", "ArrowDown", "Home" }, 1, 0)]
    public void Arrow_Home_and_End_keys_move_the_single_tab_stop_and_stop_at_the_edges(string[] keys, int row, int col)
    {
        var cut = RenderTwoPeople();

        foreach (var key in keys)
        {
            cut.Find("table").KeyDown(new KeyboardEventArgs { Key = key });
        }

        var stop = Assert.Single(cut.FindAll("[tabindex='0']"));
        Assert.Equal(row.ToString(System.Globalization.CultureInfo.InvariantCulture), stop.GetAttribute("data-row"));
        Assert.Equal(col.ToString(System.Globalization.CultureInfo.InvariantCulture), stop.GetAttribute("data-col"));
        Assert.Equal(cut.FindAll("tbody th, tbody td").Count - 1, cut.FindAll("tbody [tabindex='-1']").Count(e => e.TagName is "TH" or "TD"));
    }

    [Fact]
    public void Ctrl_End_and_Ctrl_Home_go_to_the_last_and_first_cells_and_each_move_focuses_the_cell()
    {
        var cut = RenderTwoPeople();

        cut.Find("table").KeyDown(new KeyboardEventArgs { Key = "End", CtrlKey = true });
        var last = Assert.Single(cut.FindAll("[tabindex='0']"));
        cut.Find("table").KeyDown(new KeyboardEventArgs { Key = "Home", CtrlKey = true });
        var first = Assert.Single(cut.FindAll("[tabindex='0']"));

        Assert.Equal(("1", "3"), (last.GetAttribute("data-row"), last.GetAttribute("data-col")));
        Assert.Equal(("0", "0"), (first.GetAttribute("data-row"), first.GetAttribute("data-col")));
        Assert.Equal(2, _tab.Bunit.JSInterop.Invocations.Count(i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Enter_opens_the_assessment_of_the_person_of_the_focused_row()
    {
        var cut = RenderTwoPeople();

        cut.Find("table").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        cut.Find("table").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        cut.Find("table").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        var navigation = _tab.Bunit.Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith("tab/campaigns/camp-1/people/p-noa?team=accueil", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Clicking_a_cell_makes_it_the_tab_stop()
    {
        var cut = RenderTwoPeople();

        cut.Find("td[data-row='1'][data-col='2']").Click();

        var stop = Assert.Single(cut.FindAll("[tabindex='0']"));
        Assert.Equal(("1", "2"), (stop.GetAttribute("data-row"), stop.GetAttribute("data-col")));
    }

    [Fact]
    public void Page_Down_and_Page_Up_change_the_page_of_people_and_keep_one_tab_stop()
    {
        var people = Enumerable.Range(0, 30).Select(i => TabTestData.Camille() with { PersonId = $"p{i}", DisplayName = $"Person {i:00}" }).ToArray();
        var cut = _tab.Render<Heatmap>("en-US", p => p
            .Add(x => x.Dashboard, TabTestData.Dashboard(people))
            .Add(x => x.Text, new TabText("en-US")));

        cut.Find("table").KeyDown(new KeyboardEventArgs { Key = "PageDown" });

        Assert.Equal(5, cut.FindAll("tbody tr").Count);
        Assert.Contains("Person 29", cut.Markup, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[tabindex='0']"));

        cut.Find("table").KeyDown(new KeyboardEventArgs { Key = "PageUp" });

        Assert.Equal(25, cut.FindAll("tbody tr").Count);
    }

    [Fact]
    public void Each_cell_is_labelled_with_the_person_the_competency_and_its_state()
    {
        var cut = RenderTwoPeople();

        var labels = cut.FindAll("tbody td").Select(td => td.GetAttribute("aria-label")).ToList();

        Assert.Equal("Camille Martin, 1.1.1 Accueil physique: level 1, required 3, gap 2", labels[0]);
        Assert.Equal("Camille Martin, 1.1.2 Accueil téléphonique: level 2, not required", labels[1]);
        Assert.Equal("Camille Martin, 2.1.1 Facturation: Not assessed", labels[2]);
        Assert.Equal("Noa Petit, 1.1.2 Accueil téléphonique: Not applicable", labels[4]);
        Assert.Contains("Arrow keys", cut.Find("#" + cut.Find("table").GetAttribute("aria-describedby")).TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<Heatmap> RenderTwoPeople() => _tab.Render<Heatmap>("en-US", p => p
        .Add(x => x.Dashboard, TabTestData.Dashboard(TabTestData.Camille(), TabTestData.Noa()))
        .Add(x => x.Text, new TabText("en-US")));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _tab.DisposeAsync().AsTask();
}
