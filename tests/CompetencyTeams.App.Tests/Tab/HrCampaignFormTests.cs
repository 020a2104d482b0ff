using Bunit;
using CompetencyTeams.App.Tab.Components.Hr;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CompetencyTeams.App.Tests.Tab;

public sealed class HrCampaignFormTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly TabCampaign Running = new(
        "camp-1",
        new LocalizedText("Campagne 2027", "2027 campaign"),
        new TabFrameworkRef("anap-afr", 1),
        new TabAudience(false, ["accueil"], [], []),
        true,
        false,
        new DateTimeOffset(2027, 1, 5, 7, 13, 27, 456, TimeSpan.Zero),
        new DateTimeOffset(2027, 2, 5, 16, 0, 0, TimeSpan.Zero),
        new TabReminders([7, 2], new TimeOnly(9, 0), true, "Europe/Paris"),
        new TabRecurrence(12),
        "Running",
        Now.AddDays(-5),
        null,
        null,
        null,
        12,
        ["edit", "cancel"],
        "W/\"v7\"");

    private readonly TabComponentTestContext _tab = new();

    public HrCampaignFormTests()
    {
        _tab.Bunit.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        _tab.Hr.Setup(h => h.ListFrameworksAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TabPage<TabFrameworkVersion>([new("anap-afr", 1, "AFR", "fr", "Published", Now, 38)], null));
        _tab.Hr.Setup(h => h.ListTeamsAsync(null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new TabPage<TabTeam>([new("accueil", "Accueil", null, null)], null));
    }

    [Fact]
    public void A_new_campaign_sends_the_reminder_plan_recurrence_and_dates_read_in_its_time_zone()
    {
        TabCampaignEdit? sent = null;
        _tab.Hr.Setup(h => h.CreateCampaignAsync(It.IsAny<TabCampaignEdit>(), It.IsAny<CancellationToken>()))
            .Callback<TabCampaignEdit, CancellationToken>((edit, _) => sent = edit)
            .ReturnsAsync(Running);
        var cut = Render("en-US", null);

        Assert.Contains("Dates and times in the Europe/Paris time zone (UTC+01:00).", cut.Find(".ct-timezone").TextContent, StringComparison.Ordinal);
        Assert.Equal("7, 2", cut.Find(".ct-reminders input[type=text]").GetAttribute("value"));
        cut.Find("input[type=text]").Change("Campagne");
        cut.Find(".ct-reminders input[type=text]").Change("3, 10");
        cut.Find("input[type=time]").Change("14:30");
        cut.Find("input[list=ct-time-zones]").Change("Indian/Reunion");
        cut.Find(".ct-reminders input[type=checkbox]").Change(false);
        cut.FindAll("select")[^1].Change("12");
        cut.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal([10, 3], sent.Reminders!.DaysBeforeDeadline);
        Assert.Equal((new TimeOnly(14, 30), false, "Indian/Reunion"), (sent.Reminders.TimeOfDay, sent.Reminders.SkipWeekends, sent.Reminders.TimeZoneId));
        Assert.Equal(12, sent.Recurrence?.IntervalMonths);
        Assert.Equal(new DateTimeOffset(2027, 1, 17, 8, 0, 0, TimeSpan.FromHours(4)), sent.OpensAt);
        Assert.Equal(new TabFrameworkRef("anap-afr", 1), sent.Framework);
        Assert.Contains("(UTC+04:00)", cut.Find(".ct-timezone").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Reminder_days_that_are_not_whole_numbers_are_flagged_and_nothing_is_sent()
    {
        var cut = Render("fr-FR", null);

        cut.Find(".ct-reminders input[type=text]").Change("7, demain");
        cut.Find("form").Submit();

        Assert.Equal("true", cut.Find(".ct-reminders input[type=text]").GetAttribute("aria-invalid"));
        Assert.Contains("nombres entiers de 0 à 365", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        _tab.Hr.Verify(h => h.CreateCampaignAsync(It.IsAny<TabCampaignEdit>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void A_running_campaign_locks_what_its_state_forbids_and_sends_those_fields_unchanged()
    {
        TabCampaignEdit? sent = null;
        _tab.Hr.Setup(h => h.UpdateCampaignAsync("camp-1", It.IsAny<TabCampaignEdit>(), It.IsAny<CancellationToken>()))
            .Callback<string, TabCampaignEdit, CancellationToken>((_, edit, _) => sent = edit)
            .ReturnsAsync(Running);
        var cut = Render("en-US", Running);

        Assert.True(cut.Find("select").HasAttribute("disabled"));
        Assert.True(cut.FindAll("input[type=datetime-local]")[0].HasAttribute("disabled"));
        Assert.False(cut.FindAll("input[type=datetime-local]")[1].HasAttribute("disabled"));
        Assert.True(cut.Find("fieldset").HasAttribute("disabled"));
        Assert.Equal("ct-campaign-locked", cut.Find("select").GetAttribute("aria-describedby"));
        Assert.Equal("12", cut.FindAll("select")[^1].GetAttribute("value"));
        cut.Find(".ct-reminders input[type=text]").Change("1");
        cut.Find("form").Submit();

        Assert.NotNull(sent);
        Assert.Equal(Running.OpensAt, sent.OpensAt);
        Assert.Equal(Running.Deadline, sent.Deadline);
        Assert.False(sent.Audience.Everyone);
        Assert.Equal(["accueil"], sent.Audience.TeamIds);
        Assert.Equal([1], sent.Reminders!.DaysBeforeDeadline);
        Assert.Equal("W/\"v7\"", sent.Version);
    }

    [Fact]
    public void A_change_the_api_refuses_shows_its_message()
    {
        _tab.Hr.Setup(h => h.UpdateCampaignAsync("camp-1", It.IsAny<TabCampaignEdit>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TabApiException(409, "campaign.deadline-earlier", "While running, the deadline can only move later."));
        var cut = Render("en-US", Running);

        cut.FindAll("input[type=datetime-local]")[1].Change("2027-02-01T10:00");
        cut.Find("form").Submit();

        Assert.Equal("While running, the deadline can only move later.", cut.Find(".ct-error-detail").TextContent);
        _tab.Hr.Verify(h => h.UpdateCampaignAsync("camp-1", It.Is<TabCampaignEdit>(e => e.Deadline == new DateTimeOffset(2027, 2, 1, 10, 0, 0, TimeSpan.FromHours(1))), It.IsAny<CancellationToken>()));
    }

    private IRenderedComponent<CampaignForm> Render(string locale, TabCampaign? existing) =>
        _tab.Render<CampaignForm>(locale, p => p.Add(f => f.Existing, existing), HrFrameworkEditorTests.HrUser);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _tab.DisposeAsync();
}
