namespace CompetencyTeams.App.Features.Delivery;

/// <summary>What a card tells its reader: the invitation, a reminder, the closing notice, or that the manager validated the self-assessment.</summary>
public enum DeliveryKind
{
    Invitation,
    Reminder,
    Closing,
    Validated,
}

/// <summary>
/// One queue message: a chunk of recipients of one campaign and one kind. The message only says who to look at; what
/// was already sent is read from each person's assignment row, so a message handled twice sends nothing twice.
/// </summary>
public sealed record DeliveryWork(string CampaignId, DeliveryKind Kind, string? ReminderKey, IReadOnlyList<string> PersonIds)
{
    /// <summary>The queue envelope kind of delivery messages.</summary>
    public const string MessageKind = "delivery";
}
