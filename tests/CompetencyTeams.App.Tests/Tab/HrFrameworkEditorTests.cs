using Bunit;
using CompetencyTeams.App.Tab.Components.Hr;
using CompetencyTeams.App.Tab.Pages.Hr;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.App.Tab.Texts;
using CompetencyTeams.Domain.Frameworks;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class HrFrameworkEditorTests : IAsyncLifetime
{
    private static readonly CompetencyFramework Shipped = ShippedFrameworks.AnapAfr;
    private readonly TabComponentTestContext _tab = new();

    [Theory]
    [InlineData("1.2", new[] { "1.2.1", "1.2.4", "1.2.2" }, "1.2.5")]
    [InlineData("1.2", new string[0], "1.2.1")]
    [InlineData("3", new[] { "3.1", "3.x", "4.9" }, "3.2")]
    public void New_codes_continue_the_parents_numbering(string parent, string[] siblings, string expected) =>
        Assert.Equal(expected, FrameworkDraft.NextCode(parent, siblings));

    [Fact]
    public void A_draft_left_untouched_gives_back_the_same_content()
    {
        var back = new FrameworkDraft(Shipped).ToFramework();

        Assert.Equal(Shipped.Competencies.Select(c => (c.Code, c.Title, c.Description)), back.Competencies.Select(c => (c.Code, c.Title, c.Description)));
        Assert.Equal(Shipped.Competencies.SelectMany(c => c.Knowledge.Concat(c.Examples)), back.Competencies.SelectMany(c => c.Knowledge.Concat(c.Examples)));
        Assert.Equal(Shipped.Scale.Levels, back.Scale.Levels);
        Assert.Empty(FrameworkValidator.Validate(back));
    }

    [Fact]
    public void A_new_block_comes_with_one_competency_to_fill_and_the_scale_grows_and_shrinks_from_the_top()
    {
        var draft = new FrameworkDraft(Shipped);

        var block = draft.AddBlock(draft.Poles[0]);
        draft.Scale.AddLevel();
        var five = draft.Scale.Levels.Select(l => l.Value).ToList();
        draft.Scale.RemoveHighest();
        draft.Scale.RemoveHighest();

        Assert.Equal("1.4", block.Code);
        Assert.Equal(["1.4.1"], block.Competencies.Select(c => c.Code));
        Assert.Equal([1, 2, 3, 4, 5], five);
        Assert.Equal([1, 2, 3], draft.Scale.Levels.Select(l => l.Value));
        Assert.Contains(FrameworkValidator.Validate(draft.ToFramework()), e => e.StartsWith("poles[0].blocks[3].title", StringComparison.Ordinal));
    }

    [Fact]
    public void A_code_removed_from_the_draft_is_not_given_to_a_new_competency()
    {
        var draft = new FrameworkDraft(Shipped);
        var block = draft.Blocks.Single(b => b.Code == "1.3");

        draft.Remove(block.Competencies[^1]);
        var added = draft.AddCompetency(block);

        Assert.Equal("1.3.5", added.Code);
    }

    [Fact]
    public void Blocks_start_folded_and_unfold_with_their_competency_fields()
    {
        var cut = RenderEditor(new FrameworkDraft(Shipped), "fr-FR");

        Assert.Empty(cut.FindAll("fieldset.ct-comp"));
        var toggle = cut.Find("[data-block='1.2'] button.ct-disclosure");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));

        toggle.Click();

        Assert.Equal("true", cut.Find("[data-block='1.2'] button.ct-disclosure").GetAttribute("aria-expanded"));
        Assert.Equal(["1.2.1", "1.2.2", "1.2.3", "1.2.4"], cut.FindAll("fieldset.ct-comp legend").Select(l => l.TextContent));
        Assert.Contains("Savoirs associés (un par ligne)", cut.Find("[data-competency='1.2.1']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_and_removing_competencies_in_the_editor_changes_the_draft()
    {
        var draft = new FrameworkDraft(Shipped);
        var cut = RenderEditor(draft, "en-US");
        cut.Find("[data-block='2.3'] button.ct-disclosure").Click();

        Button(cut, "[data-block='2.3']", "Add a competency").Click();
        cut.Find("[data-competency='2.3.3'] input").Change("Negotiate payment plans");
        Button(cut, "[data-competency='2.3.1']", "Remove 2.3.1").Click();

        var block = draft.ToFramework().Blocks.Single(b => b.Code == "2.3");
        Assert.Equal(["2.3.2", "2.3.3"], block.Competencies.Select(c => c.Code));
        Assert.Equal("Negotiate payment plans", block.Competencies[1].Title);
        Assert.Equal(Shipped.Competencies.Count(), draft.CompetencyCount);
    }

    [Fact]
    public void Saving_sends_the_edited_framework_as_the_next_draft_then_publishing_is_offered()
    {
        CompetencyFramework? sent = null;
        _tab.Hr.Setup(h => h.GetFrameworkAsync("anap-afr", 1, It.IsAny<CancellationToken>())).ReturnsAsync(Shipped);
        _tab.Hr.Setup(h => h.CreateFrameworkDraftAsync("anap-afr", 1, It.IsAny<CompetencyFramework>(), It.IsAny<CancellationToken>()))
            .Callback<string, int, CompetencyFramework, CancellationToken>((_, _, framework, _) => sent = framework)
            .ReturnsAsync(new TabFrameworkVersion("anap-afr", 2, Shipped.Name, "fr", "Draft", null, 38));
        _tab.Hr.Setup(h => h.PublishFrameworkAsync("anap-afr", 2, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TabFrameworkVersion("anap-afr", 2, Shipped.Name, "fr", "Published", DateTimeOffset.UnixEpoch, 38));
        var cut = RenderPage("en-US");

        Assert.Contains("Version 1 does not change: saving creates version 2", cut.Markup, StringComparison.Ordinal);
        cut.Find("[data-block='1.1'] button.ct-disclosure").Click();
        cut.Find("[data-competency='1.1.1'] input").Change("Welcome every visitor");
        cut.Find("form").Submit();

        Assert.Equal("Welcome every visitor", sent?.Competencies.First().Title);
        Assert.Contains("Version 2 of anap-afr saved as a draft.", cut.Markup, StringComparison.Ordinal);
        Button(cut, "section", "Publish version 2").Click();
        Assert.Contains("Version 2 of anap-afr published.", cut.Markup, StringComparison.Ordinal);
        _tab.Hr.Verify(h => h.PublishFrameworkAsync("anap-afr", 2, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void A_refused_save_shows_the_apis_message_and_keeps_the_edits()
    {
        _tab.Hr.Setup(h => h.GetFrameworkAsync("anap-afr", 1, It.IsAny<CancellationToken>())).ReturnsAsync(Shipped);
        _tab.Hr.Setup(h => h.CreateFrameworkDraftAsync("anap-afr", 1, It.IsAny<CompetencyFramework>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TabApiException(409, "framework.draft-exists", "Le référentiel anap-afr a déjà une version brouillon (2) : publiez-la avant d'en créer une autre."));
        var cut = RenderPage("fr-FR");

        cut.Find("input[type=text]").Change("Nom modifié");
        cut.Find("form").Submit();

        Assert.Contains("a déjà une version brouillon (2)", cut.Find(".ct-error-detail").TextContent, StringComparison.Ordinal);
        Assert.Equal("Nom modifié", cut.Find("input[type=text]").GetAttribute("value"));
    }

    [Fact]
    public void The_scale_section_edits_labels_and_descriptions_of_each_level()
    {
        var draft = new FrameworkDraft(Shipped);
        var cut = _tab.Bunit.Render<LevelScaleEditor>(p => p.Add(e => e.Scale, draft.Scale).Add(e => e.Text, new TabText("en-US")));

        cut.Find("input[aria-label='Label (English), level 2']").Change("Guided application");
        Button(cut, "div.ct-row", "Add a level").Click();

        Assert.Equal(5, cut.FindAll("tbody tr").Count);
        Assert.Equal("Guided application", draft.ToFramework().Scale.Levels[1].Label.En);
        Assert.Equal("N5", draft.ToFramework().Scale.Levels[4].Code);
    }

    private IRenderedComponent<FrameworkEditor> RenderEditor(FrameworkDraft draft, string locale) =>
        _tab.Bunit.Render<FrameworkEditor>(p => p.Add(e => e.Draft, draft).Add(e => e.Text, new TabText(locale)));

    private IRenderedComponent<HrFrameworkEditPage> RenderPage(string locale) =>
        _tab.Render<HrFrameworkEditPage>(locale, p => p.Add(e => e.FrameworkId, "anap-afr").Add(e => e.Version, 1), HrUser);

    internal static TabMe HrUser { get; } = new("hr-1", "Lucas Bernard", true, false, []);

    internal static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> cut, string scope, string text)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll(scope + " fluent-button").First(b => b.TextContent.Trim() == text);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _tab.DisposeAsync();
}
