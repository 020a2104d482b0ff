using CompetencyTeams.Domain.Campaigns;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// What the assignment row says about one kind of card, and how a worker claims a send before calling the connector.
/// Invitations use the delivery state (Pending → Sending → Delivered); reminders and the closing notice put an
/// in-flight marker ("sending:D-7") in <see cref="Assignment.RemindersSent"/> and replace it by the key once sent.
/// </summary>
public static class DeliveryClaims
{
    public const string ClosingKey = "closing";
    public const string ValidatedKey = "validated";
    private const string SendingPrefix = "sending:";

    public static string KeyOf(DeliveryWork work) => work.Kind switch
    {
        DeliveryKind.Reminder => work.ReminderKey ?? throw new ArgumentException("A reminder needs its key.", nameof(work)),
        DeliveryKind.Closing => ClosingKey,
        DeliveryKind.Validated => ValidatedKey,
        _ => "invitation",
    };

    /// <summary>The claimed assignment to save (ETag-guarded) before sending, or null when there is nothing to send.</summary>
    public static Assignment? TryClaim(Assignment assignment, DeliveryWork work, DateTimeOffset now, TimeSpan claimExpiry, TimeProvider clock)
    {
        if (work.Kind == DeliveryKind.Invitation)
        {
            return assignment.State switch
            {
                DeliveryState.Pending => assignment.BeginSending(clock),
                DeliveryState.Sending when assignment.SendingSince is { } since && now - since >= claimExpiry => assignment.BeginSending(clock),
                _ => null,
            };
        }

        // Reminders and notices go only to people the invitation reached, each key once.
        var key = KeyOf(work);
        if (assignment.State != DeliveryState.Delivered || assignment.HasReminder(key) || (work.Kind == DeliveryKind.Closing && assignment.ClosingNoticeAt is not null))
        {
            return null;
        }

        var marker = SendingPrefix + key;
        if (assignment.HasReminder(marker) && assignment.LastReminderAt is { } started && now - started < claimExpiry)
        {
            return null;
        }

        return assignment with { RemindersSent = [.. assignment.RemindersSent.Where(k => k != marker), marker], LastReminderAt = now };
    }

    /// <summary>The connector accepted the card.</summary>
    public static Assignment Sent(Assignment claimed, DeliveryWork work, string activityId, string conversationId, TimeProvider clock)
    {
        if (work.Kind == DeliveryKind.Invitation)
        {
            return claimed.MarkDelivered(activityId, conversationId, clock);
        }

        var cleared = WithoutMarker(claimed, work);
        return work.Kind == DeliveryKind.Closing
            ? cleared.RecordReminder(ClosingKey, clock).RecordClosingNotice(clock)
            : cleared.RecordReminder(KeyOf(work), clock);
    }

    /// <summary>Gave up: the invitation is marked failed with the reason; a reminder or notice is released (HR sees the invitation's state).</summary>
    public static Assignment Failed(Assignment claimed, DeliveryWork work, DeliveryFailureReason reason, string error) =>
        work.Kind == DeliveryKind.Invitation ? claimed.MarkFailed(reason, error) : WithoutMarker(claimed, work);

    public static Assignment Unreachable(Assignment claimed, DeliveryWork work, string error) =>
        work.Kind == DeliveryKind.Invitation ? claimed.MarkUnreachable(error) : WithoutMarker(claimed, work);

    public static bool IsMarker(string key) => key.StartsWith(SendingPrefix, StringComparison.Ordinal);

    private static Assignment WithoutMarker(Assignment assignment, DeliveryWork work)
    {
        var marker = SendingPrefix + KeyOf(work);
        return assignment with { RemindersSent = [.. assignment.RemindersSent.Where(k => k != marker)] };
    }
}
