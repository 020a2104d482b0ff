using Bunit;
using CompetencyTeams.App.Features.Validation;
using CompetencyTeams.App.Tab.Components;
using CompetencyTeams.App.Tab.Services;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class ValidationFormTests : IAsyncLifetime
{
    private readonly TabComponentTestContext _tab = new();

    [Fact]
    public void An_adjusted_level_without_a_comment_is_not_sent_and_the_manager_is_told_why()
    {
        var cut = Render("en-US");

        cut.Find("select[data-code='1.1.1']").Change("3");
        cut.Find("form").Submit();

        Assert.Contains("Explain the adjustment in a comment. (1.1.1)", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("input[data-comment='1.1.1']").GetAttribute("aria-invalid"));
        _tab.Api.VerifyNoOtherCalls();
    }

    [Fact]
    public void Only_the_levels_that_differ_from_the_agents_are_sent_with_the_comments_and_the_version_read()
    {
        ValidationRequest? sent = null;
        _tab.Api.Setup(a => a.ValidateAsync("camp-1", "p-camille", It.IsAny<ValidationRequest>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, ValidationRequest, CancellationToken>((_, _, request, _) => sent = request)
            .ReturnsAsync(new ValidationResult("camp-1", "p-camille", "Validated", DateTimeOffset.UnixEpoch, "W/\"v2\"", ["1.1.1"]));
        ValidationResult? validated = null;
        var cut = Render("en-US", result => validated = result);

        cut.Find("select[data-code='1.1.1']").Change("3");
        cut.Find("input[data-comment='1.1.1']").Change("Seen at the desk every day.");
        cut.Find("select[data-code='1.1.2']").Change("3");
        cut.Find("textarea").Change("Good year.");
        cut.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal(new Dictionary<string, string> { ["1.1.1"] = "3" }, sent.Levels);
        Assert.Equal("Seen at the desk every day.", sent.Comments!["1.1.1"]);
        Assert.Equal("Good year.", sent.OverallComment);
        Assert.Equal("W/\"v1\"", sent.Version);
        Assert.Equal("W/\"v2\"", validated?.Version);
    }

    [Fact]
    public void Accepting_as_is_sends_no_level_at_all()
    {
        ValidationRequest? sent = null;
        _tab.Api.Setup(a => a.ValidateAsync("camp-1", "p-camille", It.IsAny<ValidationRequest>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, ValidationRequest, CancellationToken>((_, _, request, _) => sent = request)
            .ReturnsAsync(new ValidationResult("camp-1", "p-camille", "Validated", DateTimeOffset.UnixEpoch, "W/\"v2\"", []));
        var cut = Render("en-US");

        cut.Find("form").Submit();

        Assert.Empty(sent!.Levels!);
        Assert.Null(sent.OverallComment);
    }

    [Fact]
    public void A_conflict_from_the_API_is_shown_with_its_meaning_and_the_APIs_own_words()
    {
        _tab.Api.Setup(a => a.ValidateAsync("camp-1", "p-camille", It.IsAny<ValidationRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TabApiException(409, "concurrency", "Quelqu'un d'autre a modifié cette évaluation."));
        var cut = Render("fr-FR");

        cut.Find("form").Submit();

        Assert.Contains("Rechargez puis réessayez.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Quelqu'un d'autre a modifié cette évaluation.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_draft_offers_at_least_the_four_levels_of_the_default_scale_and_forgets_a_choice_equal_to_the_agents()
    {
        var draft = new ValidationDraft(TabTestData.SubmittedAssessment());

        draft.SetLevel("1.1.2", "3");
        draft.SetLevel("1.1.1", "na");

        Assert.Equal([1, 2, 3, 4], draft.Levels);
        Assert.False(draft.IsAdjusted("1.1.2"));
        Assert.True(draft.IsAdjusted("1.1.1"));
        Assert.Equal(["1.1.1"], draft.MissingComments);
    }

    private IRenderedComponent<ValidationForm> Render(string locale, Action<ValidationResult>? onValidated = null) =>
        _tab.Render<ValidationForm>(locale, p =>
        {
            p.Add(x => x.Person, TabTestData.SubmittedAssessment());
            if (onValidated is not null)
            {
                p.Add(x => x.OnValidated, onValidated);
            }
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _tab.DisposeAsync().AsTask();
}
