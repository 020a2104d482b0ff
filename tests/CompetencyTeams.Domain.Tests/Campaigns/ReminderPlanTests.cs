using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Tests.Campaigns;

public sealed class ReminderPlanTests
{
    // Friday 28 March 2025, 18:00 in Paris (UTC+1, the night before daylight-saving time starts).
    private static readonly DateTimeOffset Deadline = new(2025, 3, 28, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Opening = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ScheduleFor_DaysBefore_AtLocalTimeInTheTimeZone()
    {
        var slots = new ReminderPlan([7, 2], new TimeOnly(9, 0), false, "Europe/Paris").ScheduleFor(Opening, Deadline);
        Assert.Equal([new DateTimeOffset(2025, 3, 21, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 26, 8, 0, 0, TimeSpan.Zero)], slots.Select(s => s.At));
        Assert.Equal(["D-7", "D-2"], slots.Select(s => s.Key));
    }

    [Fact]
    public void ScheduleFor_WeekendDay_MovesBackToFriday()
    {
        // 6 days before Friday 28 is Saturday 22 → Friday 21.
        var slots = new ReminderPlan([6], new TimeOnly(9, 0), true, "Europe/Paris").ScheduleFor(Opening, Deadline);
        Assert.Equal(new DateTimeOffset(2025, 3, 21, 8, 0, 0, TimeSpan.Zero), Assert.Single(slots).At);
    }

    [Fact]
    public void ScheduleFor_TwoRemindersLandingOnTheSameFriday_SentOnce()
    {
        var slots = new ReminderPlan([6, 7], new TimeOnly(9, 0), true, "Europe/Paris").ScheduleFor(Opening, Deadline);
        Assert.Single(slots);
    }

    [Fact]
    public void ScheduleFor_BeforeOpeningOrAfterDeadline_Dropped()
    {
        var slots = new ReminderPlan([40, 0], new TimeOnly(20, 0), false, "Europe/Paris").ScheduleFor(Opening, Deadline);
        Assert.Empty(slots);
    }

    [Fact]
    public void ScheduleFor_AcrossDaylightSaving_KeepsLocalTime()
    {
        var deadline = new DateTimeOffset(2025, 4, 4, 16, 0, 0, TimeSpan.Zero);
        var slots = new ReminderPlan([7, 2], new TimeOnly(9, 0), false, "Europe/Paris").ScheduleFor(Opening, deadline);
        Assert.Equal([8, 7], slots.Select(s => s.At.UtcDateTime.Hour));
    }

    [Fact]
    public void EnsureValid_UnknownTimeZone_IsRefused()
    {
        Assert.Equal("campaign.time-zone", Assert.Throws<DomainRuleException>(() => new ReminderPlan([1], new TimeOnly(9, 0), true, "Mars/Olympus").EnsureValid()).Code);
    }
}
