using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>What happened to one recipient of a work message.</summary>
public enum RecipientOutcome
{
    Sent,
    Skipped,
    Failed,
    Unreachable,
}

/// <summary>
/// One recipient, one kind: read the assignment, skip what was already sent, claim the send in the row (saved before the
/// connector call), send, record the activity id. A conflicting claim means another worker has it. <see cref="ChunkDelivery"/>
/// does the same for a whole message with batched reads and writes, and falls back to this path on conflicts.
/// </summary>
public sealed partial class RecipientDelivery(
    IAssignmentRepository assignments,
    AssignmentRecorder recorder,
    DeliveryCardFactory cards,
    ConnectorSender sender,
    IPersonRepository people,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<RecipientDelivery> logger)
{
    private const int RecordAttempts = 5;

    public async Task<RecipientOutcome> DeliverAsync(DeliveryWork work, Campaign campaign, string personId, CancellationToken cancellationToken)
    {
        var read = await assignments.GetAsync(work.CampaignId, personId, cancellationToken);
        if (read is null)
        {
            Log.NotInAudience(logger, personId, work.CampaignId);
            return RecipientOutcome.Skipped;
        }

        if (DeliveryClaims.TryClaim(read.Value, work, clock.GetUtcNow(), options.Value.SendingClaimExpiry, clock) is not { } claimed)
        {
            return RecipientOutcome.Skipped;
        }

        string version;
        try
        {
            version = await assignments.SaveAsync(claimed, read.Version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return RecipientOutcome.Skipped;
        }

        var person = (await people.GetAsync(personId, cancellationToken))?.Value;
        var result = await SendClaimedAsync(work, campaign, claimed, person, cancellationToken);
        await RecordAsync(work, new Versioned<Assignment>(claimed, version), result, cancellationToken);
        return Outcome(result);
    }

    /// <summary>Sends the card to a person whose send is claimed (null person: gone from the directory).</summary>
    public async Task<SendResult> SendClaimedAsync(DeliveryWork work, Campaign campaign, Assignment claimed, Person? person, CancellationToken cancellationToken)
    {
        if (person is null)
        {
            return new SendResult(null, null, DeliveryFailureReason.NoChatAddress, "The person is no longer in the directory.", Unreachable: true);
        }

        var card = await cards.BuildAsync(work.Kind, campaign, person, claimed, cancellationToken);
        var result = await sender.SendAsync(person, card, cancellationToken);
        if (!result.Succeeded)
        {
            Log.NotSent(logger, work.Kind, person.ObjectId, work.CampaignId, result.Error);
        }

        return result;
    }

    /// <summary>
    /// Records a send's result on the claimed row (grouped with other results being recorded, see
    /// <see cref="AssignmentRecorder"/>). The questionnaire may have written the row meanwhile (a person who clicked
    /// the card at once marks it opened): on a conflict the result is applied again to what is there now.
    /// </summary>
    public async Task RecordAsync(DeliveryWork work, Versioned<Assignment> claimed, SendResult result, CancellationToken cancellationToken)
    {
        var current = claimed;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await recorder.SaveAsync(Apply(work, current.Value, result), current.Version, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < RecordAttempts)
            {
                current = await assignments.GetAsync(work.CampaignId, claimed.Value.PersonId, cancellationToken)
                    ?? throw new ConcurrencyConflictException($"Assignment of {claimed.Value.PersonId} disappeared while its card was sent.");
            }
        }
    }

    public Assignment Apply(DeliveryWork work, Assignment claimed, SendResult result) => result switch
    {
        { Succeeded: true } => DeliveryClaims.Sent(claimed, work, result.ActivityId!, result.ConversationId!, clock),
        { Unreachable: true } => DeliveryClaims.Unreachable(claimed, work, result.Error!),
        _ => DeliveryClaims.Failed(claimed, work, result.Failure ?? DeliveryFailureReason.Unknown, result.Error ?? "unknown"),
    };

    public static RecipientOutcome Outcome(SendResult result) => result switch
    {
        { Succeeded: true } => RecipientOutcome.Sent,
        { Unreachable: true } => RecipientOutcome.Unreachable,
        _ => RecipientOutcome.Failed,
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 8121, Level = LogLevel.Warning, Message = "Person {PersonId} is not in campaign {CampaignId}; skipped")]
        public static partial void NotInAudience(ILogger logger, string personId, string campaignId);

        [LoggerMessage(EventId = 8122, Level = LogLevel.Warning, Message = "{Kind} not sent to {PersonId} (campaign {CampaignId}): {Reason}")]
        public static partial void NotSent(ILogger logger, DeliveryKind kind, string personId, string campaignId, string? reason);
    }
}
