using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Campaigns;

/// <summary>One reminder to send: a stable key (e.g. "D-7", used for idempotency) and the instant to send it.</summary>
public sealed record ReminderSlot(string Key, DateTimeOffset At);

/// <summary>
/// Reminders N days before the deadline at a local time of day in the organisation's time zone, optionally moved
/// back to the previous Friday when they fall on a weekend.
/// </summary>
public sealed record ReminderPlan(IReadOnlyList<int> DaysBeforeDeadline, TimeOnly TimeOfDay, bool SkipWeekends, string TimeZoneId)
{
    public static ReminderPlan None(string timeZoneId) => new([], new TimeOnly(9, 0), true, timeZoneId);

    /// <summary>Throws when a day count is negative or the time zone is unknown.</summary>
    public void EnsureValid()
    {
        if (DaysBeforeDeadline.Any(d => d < 0 || d > 365))
        {
            throw new DomainRuleException("campaign.reminder-days", "Reminder days before the deadline must be between 0 and 365.");
        }

        _ = FindTimeZone(TimeZoneId);
    }

    /// <summary>
    /// The reminder instants for a window, in order: each is strictly after the opening and strictly before the deadline;
    /// reminders that fall on the same instant (after a weekend shift) are sent once.
    /// </summary>
    public IReadOnlyList<ReminderSlot> ScheduleFor(DateTimeOffset opensAt, DateTimeOffset deadline)
    {
        var zone = FindTimeZone(TimeZoneId);
        var localDeadline = TimeZoneInfo.ConvertTime(deadline, zone);
        var slots = new SortedDictionary<DateTimeOffset, ReminderSlot>();
        foreach (var days in DaysBeforeDeadline.Distinct().OrderByDescending(d => d))
        {
            var date = DateOnly.FromDateTime(localDeadline.DateTime).AddDays(-days);
            if (SkipWeekends)
            {
                date = date.DayOfWeek switch
                {
                    DayOfWeek.Saturday => date.AddDays(-1),
                    DayOfWeek.Sunday => date.AddDays(-2),
                    _ => date,
                };
            }

            var at = ToInstant(date.ToDateTime(TimeOfDay), zone);
            if (at > opensAt && at < deadline)
            {
                slots.TryAdd(at, new ReminderSlot($"D-{days}", at));
            }
        }

        return [.. slots.Values];
    }

    public static TimeZoneInfo FindTimeZone(string timeZoneId)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return zone;
        }

        throw new DomainRuleException("campaign.time-zone", $"Unknown time zone '{timeZoneId}' (use an IANA id such as Europe/Paris).");
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        // A local time skipped by a daylight-saving jump does not exist; use the first valid minute after it.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
