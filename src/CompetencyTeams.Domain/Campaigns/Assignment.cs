using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.Campaigns;

/// <summary>Where the invitation of one person stands.</summary>
public enum DeliveryState
{
    /// <summary>In the frozen audience, nothing sent yet (or reset for a retry).</summary>
    Pending,

    /// <summary>A send was started (recorded before the call): after a crash this marks the residual window.</summary>
    Sending,

    /// <summary>The connector accepted the card and returned its activity id.</summary>
    Delivered,

    /// <summary>Gave up after the allowed attempts or on a terminal error; see <see cref="Assignment.FailureReason"/>.</summary>
    Failed,

    /// <summary>No way to reach the person (no chat address and the app could not be installed for them).</summary>
    Unreachable,
}

/// <summary>Why a delivery failed, as classified from the connector's answer.</summary>
public enum DeliveryFailureReason
{
    Transient,
    Throttled,
    ConversationNotFound,
    Blocked,
    TooLarge,
    NoChatAddress,
    Unknown,
}

/// <summary>One person in a campaign's frozen audience and the truth about what was sent to them.</summary>
public sealed record Assignment(string CampaignId, string PersonId, DeliveryState State)
{
    /// <summary>The person's team and manager when the audience was frozen (reports filter on them).</summary>
    public string? TeamId { get; init; }

    public string? ManagerId { get; init; }

    public string? ProfileId { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DeliveryFailureReason? FailureReason { get; init; }

    /// <summary>The activity id of the invitation card (to update it in place).</summary>
    public string? CardActivityId { get; init; }

    public string? ConversationId { get; init; }

    public DateTimeOffset? SendingSince { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>The first time the person interacted with the questionnaire (first invoke).</summary>
    public DateTimeOffset? FirstOpenedAt { get; init; }

    /// <summary>Keys of the reminders already sent (e.g. "D-7"), so a reminder is never sent twice.</summary>
    public IReadOnlyList<string> RemindersSent { get; init; } = [];

    public DateTimeOffset? LastReminderAt { get; init; }

    public DateTimeOffset? ClosingNoticeAt { get; init; }

    /// <summary>Added explicitly after launch rather than resolved from the audience rule.</summary>
    public bool AddedAfterLaunch { get; init; }

    public static Assignment Create(string campaignId, string personId, string? teamId, string? managerId, string? profileId) =>
        new(campaignId, personId, DeliveryState.Pending) { TeamId = teamId, ManagerId = managerId, ProfileId = profileId };

    /// <summary>Claims the send (pending, or a failed one HR asked to retry via <see cref="ResetForRetry"/>): counts the attempt first.</summary>
    public Assignment BeginSending(TimeProvider clock)
    {
        if (State is not (DeliveryState.Pending or DeliveryState.Sending))
        {
            throw new DomainRuleException("assignment.not-pending", $"The invitation of {PersonId} is {State}; nothing to send.");
        }

        return this with { State = DeliveryState.Sending, Attempts = Attempts + 1, SendingSince = clock.GetUtcNow() };
    }

    public Assignment MarkDelivered(string cardActivityId, string conversationId, TimeProvider clock) => this with
    {
        State = DeliveryState.Delivered,
        CardActivityId = cardActivityId,
        ConversationId = conversationId,
        DeliveredAt = clock.GetUtcNow(),
        SendingSince = null,
        LastError = null,
        FailureReason = null,
    };

    /// <summary>A transient failure to be retried later: back to pending with the error kept for the report.</summary>
    public Assignment MarkRetryableFailure(DeliveryFailureReason reason, string error) =>
        this with { State = DeliveryState.Pending, SendingSince = null, LastError = error, FailureReason = reason };

    public Assignment MarkFailed(DeliveryFailureReason reason, string error) =>
        this with { State = DeliveryState.Failed, SendingSince = null, LastError = error, FailureReason = reason };

    public Assignment MarkUnreachable(string error) =>
        this with { State = DeliveryState.Unreachable, SendingSince = null, LastError = error, FailureReason = DeliveryFailureReason.NoChatAddress };

    /// <summary>HR retries a failed or unreachable person: pending again, attempts restart.</summary>
    public Assignment ResetForRetry()
    {
        if (State is not (DeliveryState.Failed or DeliveryState.Unreachable))
        {
            throw new DomainRuleException("assignment.not-failed", $"Only a failed or unreachable invitation can be retried ({PersonId} is {State}).");
        }

        return this with { State = DeliveryState.Pending, Attempts = 0 };
    }

    public Assignment MarkOpened(TimeProvider clock) => FirstOpenedAt is null ? this with { FirstOpenedAt = clock.GetUtcNow() } : this;

    public bool HasReminder(string reminderKey) => RemindersSent.Contains(reminderKey, StringComparer.Ordinal);

    public Assignment RecordReminder(string reminderKey, TimeProvider clock) =>
        HasReminder(reminderKey) ? this : this with { RemindersSent = [.. RemindersSent, reminderKey], LastReminderAt = clock.GetUtcNow() };

    public Assignment RecordClosingNotice(TimeProvider clock) => this with { ClosingNoticeAt = ClosingNoticeAt ?? clock.GetUtcNow() };
}
