using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Campaigns;

public sealed partial record Campaign
{
    public Campaign Rename(LocalizedText name)
    {
        EnsureStatus("rename", CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Running);
        EnsureName(name);
        return this with { Name = name };
    }

    /// <summary>Framework version: only before scheduling (a campaign reports against the version it ran on).</summary>
    public Campaign ChangeFramework(FrameworkRef framework)
    {
        EnsureStatus("change the framework version", CampaignStatus.Draft);
        return this with { Framework = framework };
    }

    /// <summary>The audience rule: only before launch (after launch, people can only be added explicitly).</summary>
    public Campaign ChangeAudience(AudienceSpec audience)
    {
        EnsureStatus("change the audience", CampaignStatus.Draft, CampaignStatus.Scheduled);
        if (Status == CampaignStatus.Scheduled)
        {
            audience.EnsureNotEmpty();
        }

        return this with { Audience = audience };
    }

    public Campaign ChangeOptions(bool managerValidates, bool declareTimeShares)
    {
        EnsureStatus("change the options", CampaignStatus.Draft, CampaignStatus.Scheduled);
        return this with { ManagerValidates = managerValidates, DeclareTimeShares = declareTimeShares };
    }

    /// <summary>Before launch, both dates move freely (a scheduled campaign must still open in the future).</summary>
    public Campaign ChangeWindow(DateTimeOffset opensAt, DateTimeOffset deadline, TimeProvider clock)
    {
        EnsureStatus("change the dates", CampaignStatus.Draft, CampaignStatus.Scheduled);
        EnsureWindow(opensAt, deadline);
        if (Status == CampaignStatus.Scheduled && opensAt <= clock.GetUtcNow())
        {
            throw new DomainRuleException("campaign.opens-in-past", "A scheduled campaign must open in the future; launch it now instead.");
        }

        return this with { OpensAt = opensAt, Deadline = deadline };
    }

    /// <summary>While running, the deadline may only move later (and must still be in the future).</summary>
    public Campaign ExtendDeadline(DateTimeOffset newDeadline, TimeProvider clock)
    {
        EnsureStatus("extend the deadline", CampaignStatus.Running);
        if (newDeadline <= Deadline)
        {
            throw new DomainRuleException("campaign.deadline-earlier", $"While running, the deadline can only move later than {Deadline:u}.");
        }

        if (newDeadline <= clock.GetUtcNow())
        {
            throw new DomainRuleException("campaign.deadline-past", "The new deadline is already past.");
        }

        return this with { Deadline = newDeadline };
    }

    public Campaign ChangeReminders(ReminderPlan reminders)
    {
        EnsureStatus("change the reminders", CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Running);
        reminders.EnsureValid();
        return this with { Reminders = reminders };
    }

    public Campaign ChangeRecurrence(Recurrence? recurrence)
    {
        EnsureStatus("change the recurrence", CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Running);
        if (recurrence is { IntervalMonths: < 1 })
        {
            throw new DomainRuleException("campaign.recurrence", "A recurrence interval is at least one month.");
        }

        return this with { Recurrence = recurrence };
    }

    /// <summary>draft → scheduled: the audience is set and the window is in the future; the scheduler launches it at <see cref="OpensAt"/>.</summary>
    public Campaign Schedule(TimeProvider clock)
    {
        EnsureStatus("schedule", CampaignStatus.Draft);
        Audience.EnsureNotEmpty();
        var now = clock.GetUtcNow();
        if (Deadline <= now)
        {
            throw new DomainRuleException("campaign.deadline-past", "The deadline is already past.");
        }

        return this with { Status = CampaignStatus.Scheduled, ScheduledAt = now };
    }

    /// <summary>scheduled → draft (to edit what only a draft may change).</summary>
    public Campaign Unschedule()
    {
        EnsureStatus("unschedule", CampaignStatus.Scheduled);
        return this with { Status = CampaignStatus.Draft, ScheduledAt = null };
    }

    /// <summary>scheduled → running with the audience resolved and frozen (its size recorded). Launching early opens it now.</summary>
    public Campaign Launch(int resolvedAudienceSize, TimeProvider clock)
    {
        EnsureStatus("launch", CampaignStatus.Scheduled);
        var now = clock.GetUtcNow();
        if (Deadline <= now)
        {
            throw new DomainRuleException("campaign.deadline-past", "The deadline passed before launch; move it, then launch.");
        }

        if (resolvedAudienceSize < 0)
        {
            throw new DomainRuleException("campaign.audience-size", "The audience size cannot be negative.");
        }

        return this with
        {
            Status = CampaignStatus.Running,
            LaunchedAt = now,
            OpensAt = now < OpensAt ? now : OpensAt,
            AudienceSize = resolvedAudienceSize,
        };
    }

    /// <summary>While running, people are added explicitly (the frozen audience never shrinks).</summary>
    public Campaign AddPeople(int added)
    {
        EnsureStatus("add people", CampaignStatus.Running);
        return added < 0
            ? throw new DomainRuleException("campaign.audience-size", "Cannot add a negative number of people.")
            : this with { AudienceSize = AudienceSize + added };
    }

    /// <summary>running → closed (at the deadline or earlier by HR). Answers become read-only.</summary>
    public Campaign Close(TimeProvider clock)
    {
        EnsureStatus("close", CampaignStatus.Running);
        return this with { Status = CampaignStatus.Closed, ClosedAt = clock.GetUtcNow() };
    }

    /// <summary>Cancelled from draft, scheduled or running; answers already given are kept, nothing more is sent.</summary>
    public Campaign Cancel(string reason, TimeProvider clock)
    {
        EnsureStatus("cancel", CampaignStatus.Draft, CampaignStatus.Scheduled, CampaignStatus.Running);
        return this with { Status = CampaignStatus.Cancelled, CancelledAt = clock.GetUtcNow(), CancelReason = reason };
    }

    /// <summary>The next occurrence of a recurring campaign, as a draft with dates shifted by the interval.</summary>
    public Campaign NextOccurrence(string newId, string createdBy, TimeProvider clock)
    {
        if (Recurrence is null)
        {
            throw new DomainRuleException("campaign.no-recurrence", $"Campaign {Id} does not recur.");
        }

        var months = Recurrence.IntervalMonths;
        return new Campaign(newId, Name, Framework, Audience, ManagerValidates, DeclareTimeShares, OpensAt.AddMonths(months), Deadline.AddMonths(months), Reminders, CampaignStatus.Draft)
        {
            Recurrence = Recurrence,
            CreatedBy = createdBy,
            CreatedAt = clock.GetUtcNow(),
            PreviousCampaignId = Id,
        };
    }
}
