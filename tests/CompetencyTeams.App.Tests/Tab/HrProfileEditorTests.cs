using Bunit;
using CompetencyTeams.App.Tab.Components.Hr;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class HrProfileEditorTests : IAsyncLifetime
{
    private static readonly CompetencyFramework Shipped = ShippedFrameworks.AnapAfr;
    private static readonly TabFrameworkVersion[] Versions = [new("anap-afr", 1, Shipped.Name, "fr", "Published", DateTimeOffset.UnixEpoch, 38)];

    private static readonly TabProfile Existing = new(
        "agent-accueil",
        new LocalizedText("Agent d'accueil", "Front-desk agent"),
        new TabFrameworkRef("anap-afr", 1),
        new Dictionary<string, int> { ["1.1.1"] = 3, ["1.1.2"] = 1 },
        new TabFteNeeded(4, 5),
        new Dictionary<string, TabFteNeeded> { ["1.1"] = new(2, 2) },
        new DateOnly(2028, 1, 1),
        "W/\"v1\"");

    private readonly TabComponentTestContext _tab = new();

    [Fact]
    public void Not_required_is_distinct_from_any_level_and_only_the_scales_levels_are_offered()
    {
        var draft = new ProfileDraft(Existing, Shipped);

        draft.SetLevel("1.1.1", "");
        draft.SetLevel("1.1.3", "9");
        draft.SetLevel("1.1.4", "0");
        draft.SetLevel("1.2.1", "1");

        Assert.Null(draft.LevelOf("1.1.1"));
        Assert.Null(draft.LevelOf("1.1.3"));
        Assert.Null(draft.LevelOf("1.1.4"));
        Assert.Equal(new Dictionary<string, int> { ["1.1.2"] = 1, ["1.2.1"] = 1 }, draft.ToProfile().RequiredLevels);
    }

    [Fact]
    public void Moving_to_another_version_drops_requirements_whose_competency_or_level_is_gone()
    {
        var next = Shipped with
        {
            Version = 2,
            Poles = [Shipped.Poles[0] with { Blocks = [Shipped.Poles[0].Blocks[0] with { Competencies = [.. Shipped.Poles[0].Blocks[0].Competencies.Skip(1)] }] }],
            Scale = Shipped.Scale with { Levels = [.. Shipped.Scale.Levels.Take(2)] },
        };
        var draft = new ProfileDraft(Existing with { RequiredLevels = new Dictionary<string, int> { ["1.1.1"] = 1, ["1.1.2"] = 3, ["1.1.3"] = 2 } }, Shipped);

        draft.Retarget(next);
        var profile = draft.ToProfile();

        Assert.Equal(new Dictionary<string, int> { ["1.1.3"] = 2 }, profile.RequiredLevels);
        Assert.Equal(new TabFrameworkRef("anap-afr", 2), profile.Framework);
        Assert.Equal(["1.1"], profile.FteNeededPerBlock!.Keys);
    }

    [Fact]
    public void The_editor_groups_competencies_by_block_with_a_labelled_level_picker_bounded_by_the_scale()
    {
        _tab.Hr.Setup(h => h.GetFrameworkAsync("anap-afr", 1, It.IsAny<CancellationToken>())).ReturnsAsync(Shipped);
        var cut = Render("fr-FR");

        Assert.Equal(Shipped.Blocks.Select(b => b.Code), cut.FindAll("fieldset.ct-block").Select(f => f.GetAttribute("data-block")));
        var picker = cut.Find("tr[data-competency='1.1.1'] select");
        Assert.StartsWith("Niveau requis pour 1.1.1", picker.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(["", "1", "2", "3", "4"], picker.QuerySelectorAll("option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Non requis", picker.QuerySelector("option")!.TextContent);
        Assert.Equal("3", picker.GetAttribute("value"));
        Assert.Equal("", cut.Find("tr[data-competency='1.2.1'] select").GetAttribute("value"));
        Assert.Contains("2 requise(s) sur 37", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_sends_levels_profile_and_block_fte_with_the_version_read()
    {
        TabProfile? sent = null;
        _tab.Hr.Setup(h => h.GetFrameworkAsync("anap-afr", 1, It.IsAny<CancellationToken>())).ReturnsAsync(Shipped);
        _tab.Hr.Setup(h => h.SaveProfileAsync(It.IsAny<TabProfile>(), It.IsAny<CancellationToken>()))
            .Callback<TabProfile, CancellationToken>((profile, _) => sent = profile)
            .ReturnsAsync((TabProfile profile, CancellationToken _) => profile with { Version = "W/\"v2\"" });
        TabProfile? saved = null;
        var cut = Render("en-US", p => saved = p);

        cut.Find("tr[data-competency='1.1.2'] select").Change("");
        cut.Find("tr[data-competency='3.3.4'] select").Change("4");
        cut.Find("input[aria-label='At horizon, block 2.1']").Change("1.5");
        cut.Find("fieldset:not(.ct-block) input[type=number]").Change("6");
        cut.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal(new Dictionary<string, int> { ["1.1.1"] = 3, ["3.3.4"] = 4 }, sent.RequiredLevels);
        Assert.Equal(new TabFteNeeded(6, 5), sent.FteNeeded);
        Assert.Equal(new TabFteNeeded(0, 1.5), sent.FteNeededPerBlock!["2.1"]);
        Assert.Equal(new TabFteNeeded(2, 2), sent.FteNeededPerBlock["1.1"]);
        Assert.False(sent.FteNeededPerBlock.ContainsKey("1.2"));
        Assert.Equal("W/\"v1\"", sent.Version);
        Assert.Equal("W/\"v2\"", saved?.Version);
    }

    [Fact]
    public void A_refused_save_shows_the_field_the_api_names()
    {
        _tab.Hr.Setup(h => h.GetFrameworkAsync("anap-afr", 1, It.IsAny<CancellationToken>())).ReturnsAsync(Shipped);
        _tab.Hr.Setup(h => h.SaveProfileAsync(It.IsAny<TabProfile>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TabApiException(400, "profile.negative-fte", "FTE must be zero or more.", new Dictionary<string, string[]> { ["fteNeeded"] = ["FTE must be zero or more."] }));
        var cut = Render("en-US");

        cut.Find("form").Submit();

        Assert.Contains("fteNeeded", cut.Find(".ct-error-field").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<ProfileEditor> Render(string locale, Action<TabProfile>? saved = null) =>
        _tab.Render<ProfileEditor>(
            locale,
            p => p.Add(e => e.Existing, Existing).Add(e => e.Frameworks, Versions).Add(e => e.OnSaved, profile => saved?.Invoke(profile)),
            HrFrameworkEditorTests.HrUser);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _tab.DisposeAsync();
}
