using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>
/// Applies an HR edit to a campaign through the domain's per-state rules, field by field, touching only what differs
/// from the stored campaign (so the tab may send the whole form). While running, the deadline moves through
/// <see cref="Campaign.ExtendDeadline"/> (later only) and the opening date is locked.
/// </summary>
public static class CampaignEditor
{
    public static Campaign Apply(Campaign current, EditCampaignRequest edit, TimeProvider clock)
    {
        var c = current;
        if (edit.Name is not null && edit.Name.ToText() != c.Name)
        {
            c = c.Rename(edit.Name.ToText());
        }

        if (edit.Framework is { } framework && framework != c.Framework)
        {
            c = c.ChangeFramework(framework);
        }

        if (edit.Audience is not null && !SameAudience(edit.Audience.ToSpec(), c.Audience))
        {
            c = c.ChangeAudience(edit.Audience.ToSpec());
        }

        var validates = edit.ManagerValidates ?? c.ManagerValidates;
        var timeShares = edit.DeclareTimeShares ?? c.DeclareTimeShares;
        if (validates != c.ManagerValidates || timeShares != c.DeclareTimeShares)
        {
            c = c.ChangeOptions(validates, timeShares);
        }

        c = ApplyWindow(c, edit.OpensAt ?? c.OpensAt, edit.Deadline ?? c.Deadline, clock);
        if (edit.Reminders is not null && !SameReminders(edit.Reminders.ToPlan(), c.Reminders))
        {
            c = c.ChangeReminders(edit.Reminders.ToPlan());
        }

        if (edit.Recurrence != c.Recurrence)
        {
            c = c.ChangeRecurrence(edit.Recurrence);
        }

        return c;
    }

    private static Campaign ApplyWindow(Campaign c, DateTimeOffset opensAt, DateTimeOffset deadline, TimeProvider clock)
    {
        if (opensAt == c.OpensAt && deadline == c.Deadline)
        {
            return c;
        }

        if (c.Status != CampaignStatus.Running)
        {
            return c.ChangeWindow(opensAt, deadline, clock);
        }

        return opensAt != c.OpensAt
            ? throw new DomainRuleException("campaign.locked", $"Campaign {c.Id} is running: its opening date no longer changes.")
            : c.ExtendDeadline(deadline, clock);
    }

    private static bool SameAudience(AudienceSpec a, AudienceSpec b) =>
        a.Everyone == b.Everyone && a.TeamIds.SequenceEqual(b.TeamIds) && a.ProfileIds.SequenceEqual(b.ProfileIds) && a.PersonIds.SequenceEqual(b.PersonIds);

    private static bool SameReminders(ReminderPlan a, ReminderPlan b) =>
        a.DaysBeforeDeadline.SequenceEqual(b.DaysBeforeDeadline) && a.TimeOfDay == b.TimeOfDay && a.SkipWeekends == b.SkipWeekends && a.TimeZoneId == b.TimeZoneId;
}
