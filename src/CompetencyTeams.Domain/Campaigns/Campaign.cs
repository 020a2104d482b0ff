using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Campaigns;

/// <summary>
/// An assessment campaign. Every change is a method that checks the state and returns the changed campaign
/// (the original is untouched); a change the state does not allow throws <see cref="DomainRuleException"/>.
/// What each state allows is listed in docs/domain.md.
/// </summary>
public sealed partial record Campaign(
    string Id,
    LocalizedText Name,
    FrameworkRef Framework,
    AudienceSpec Audience,
    bool ManagerValidates,
    bool DeclareTimeShares,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    ReminderPlan Reminders,
    CampaignStatus Status)
{
    public Recurrence? Recurrence { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ScheduledAt { get; init; }

    public DateTimeOffset? LaunchedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public string? CancelReason { get; init; }

    /// <summary>Number of people resolved and frozen at launch, plus those added explicitly afterwards.</summary>
    public int AudienceSize { get; init; }

    /// <summary>The campaign this one repeats (recurrence), if any.</summary>
    public string? PreviousCampaignId { get; init; }

    public static Campaign CreateDraft(
        string id,
        LocalizedText name,
        FrameworkRef framework,
        AudienceSpec audience,
        DateTimeOffset opensAt,
        DateTimeOffset deadline,
        ReminderPlan reminders,
        string createdBy,
        TimeProvider clock,
        bool managerValidates = true,
        bool declareTimeShares = false)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new DomainRuleException("campaign.id", "A campaign needs an id.");
        }

        EnsureName(name);
        EnsureWindow(opensAt, deadline);
        reminders.EnsureValid();
        return new Campaign(id, name, framework, audience, managerValidates, declareTimeShares, opensAt, deadline, reminders, CampaignStatus.Draft)
        {
            CreatedBy = createdBy,
            CreatedAt = clock.GetUtcNow(),
        };
    }

    /// <summary>Agents may answer: running, and the deadline not yet passed.</summary>
    public bool AcceptsAnswersAt(DateTimeOffset now) => Status == CampaignStatus.Running && now >= OpensAt && now < Deadline;

    /// <summary>The reminder instants of this campaign (see <see cref="ReminderPlan.ScheduleFor"/>).</summary>
    public IReadOnlyList<ReminderSlot> ReminderSchedule() => Reminders.ScheduleFor(LaunchedAt ?? OpensAt, Deadline);

    private static void EnsureName(LocalizedText name)
    {
        if (string.IsNullOrWhiteSpace(name.Fr) && string.IsNullOrWhiteSpace(name.En))
        {
            throw new DomainRuleException("campaign.name", "A campaign needs a name (French or English).");
        }
    }

    private static void EnsureWindow(DateTimeOffset opensAt, DateTimeOffset deadline)
    {
        if (deadline <= opensAt)
        {
            throw new DomainRuleException("campaign.window", $"The deadline ({deadline:u}) must be after the opening ({opensAt:u}).");
        }
    }

    private void EnsureStatus(string action, params CampaignStatus[] allowed)
    {
        if (Array.IndexOf(allowed, Status) < 0)
        {
            throw new DomainRuleException(
                "campaign.invalid-transition",
                $"Campaign {Id} is {Status}: '{action}' is allowed only when {string.Join(" or ", allowed)}.");
        }
    }
}
