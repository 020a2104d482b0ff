using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Lifecycle_DraftScheduledRunningClosed_RecordsEachStep()
    {
        var campaign = Draft().Schedule(_clock);
        Assert.Equal(CampaignStatus.Scheduled, campaign.Status);
        _clock.Advance(TimeSpan.FromDays(7));
        campaign = campaign.Launch(42, _clock);
        Assert.Equal((CampaignStatus.Running, 42), (campaign.Status, campaign.AudienceSize));
        Assert.True(campaign.AcceptsAnswersAt(_clock.GetUtcNow()));
        campaign = campaign.Close(_clock);
        Assert.Equal(CampaignStatus.Closed, campaign.Status);
        Assert.False(campaign.AcceptsAnswersAt(_clock.GetUtcNow()));
    }

    [Fact]
    public void Launch_FromDraft_IsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<DomainRuleException>(() => Draft().Launch(1, _clock));
        Assert.Equal("campaign.invalid-transition", error.Code);
        Assert.Contains("Draft", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeAudience_WhileRunning_IsRefusedButAddingPeopleIsAllowed()
    {
        var running = Draft().Schedule(_clock).Launch(10, _clock);
        Assert.Throws<DomainRuleException>(() => running.ChangeAudience(AudienceSpec.All));
        Assert.Equal(12, running.AddPeople(2).AudienceSize);
    }

    [Fact]
    public void ExtendDeadline_WhileRunning_OnlyLater()
    {
        var running = Draft().Schedule(_clock).Launch(10, _clock);
        Assert.Equal(running.Deadline.AddDays(3), running.ExtendDeadline(running.Deadline.AddDays(3), _clock).Deadline);
        Assert.Equal("campaign.deadline-earlier", Assert.Throws<DomainRuleException>(() => running.ExtendDeadline(running.Deadline.AddDays(-1), _clock)).Code);
    }

    [Fact]
    public void ChangeFramework_AfterScheduling_IsRefused()
    {
        var scheduled = Draft().Schedule(_clock);
        Assert.Throws<DomainRuleException>(() => scheduled.ChangeFramework(new FrameworkRef("anap-afr", 2)));
        Assert.Equal(2, scheduled.Unschedule().ChangeFramework(new FrameworkRef("anap-afr", 2)).Framework.Version);
    }

    [Fact]
    public void ClosedOrCancelled_AcceptNoChange()
    {
        var closed = Draft().Schedule(_clock).Launch(1, _clock).Close(_clock);
        var cancelled = Draft().Cancel("duplicate", _clock);
        Assert.Throws<DomainRuleException>(() => closed.Cancel("x", _clock));
        Assert.Throws<DomainRuleException>(() => closed.Rename(LocalizedText.Same("x")));
        Assert.Throws<DomainRuleException>(() => cancelled.Schedule(_clock));
        Assert.Equal("duplicate", cancelled.CancelReason);
    }

    [Fact]
    public void Schedule_EmptyAudience_IsRefused()
    {
        var campaign = Draft().ChangeAudience(AudienceSpec.Of());
        Assert.Equal("campaign.empty-audience", Assert.Throws<DomainRuleException>(() => campaign.Schedule(_clock)).Code);
    }

    [Fact]
    public void CreateDraft_DeadlineBeforeOpening_IsRefused()
    {
        Assert.Equal("campaign.window", Assert.Throws<DomainRuleException>(() => Campaign.CreateDraft(
            "c", LocalizedText.Same("n"), ShippedFrameworks.AnapAfr.Ref, AudienceSpec.All, _clock.GetUtcNow().AddDays(2), _clock.GetUtcNow().AddDays(1),
            ReminderPlan.None("Europe/Paris"), "hr", _clock)).Code);
    }

    [Fact]
    public void NextOccurrence_Yearly_ShiftsDatesByTwelveMonthsAsDraft()
    {
        var closed = Draft().ChangeRecurrence(Recurrence.Yearly).Schedule(_clock).Launch(1, _clock).Close(_clock);
        var next = closed.NextOccurrence("c2", "hr", _clock);
        Assert.Equal((CampaignStatus.Draft, "c1"), (next.Status, next.PreviousCampaignId));
        Assert.Equal(closed.Deadline.AddYears(1), next.Deadline);
    }

    private Campaign Draft() => Campaign.CreateDraft(
        "c1",
        new LocalizedText("Campagne 2025", "2025 campaign"),
        ShippedFrameworks.AnapAfr.Ref,
        AudienceSpec.Of(teamIds: ["t1"]),
        _clock.GetUtcNow().AddDays(7),
        _clock.GetUtcNow().AddDays(28),
        new ReminderPlan([7, 2], new TimeOnly(9, 0), true, "Europe/Paris"),
        "hr",
        _clock);
}
