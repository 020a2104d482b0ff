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
/// connector call), send, record the activity id. A conflicting claim means another worker has it.
/// </summary>
public sealed partial class RecipientDelivery(
    IAssignmentRepository assignments,
    IPersonRepository people,
    DeliveryCardFactory cards,
    ConnectorSender sender,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<RecipientDelivery> logger)
{
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
        if (person is null)
        {
            await assignments.SaveAsync(DeliveryClaims.Unreachable(claimed, work, "The person is no longer in the directory."), version, cancellationToken);
            return RecipientOutcome.Unreachable;
        }

        var card = await cards.BuildAsync(work.Kind, campaign, person, claimed, cancellationToken);
        var result = await sender.SendAsync(person, card, cancellationToken);
        var (final, outcome) = result switch
        {
            { Succeeded: true } => (DeliveryClaims.Sent(claimed, work, result.ActivityId!, result.ConversationId!, clock), RecipientOutcome.Sent),
            { Unreachable: true } => (DeliveryClaims.Unreachable(claimed, work, result.Error!), RecipientOutcome.Unreachable),
            _ => (DeliveryClaims.Failed(claimed, work, result.Failure ?? DeliveryFailureReason.Unknown, result.Error ?? "unknown"), RecipientOutcome.Failed),
        };

        // Saved with the claim's version: nobody else may write this row while our claim is fresh.
        await assignments.SaveAsync(final, version, cancellationToken);
        if (outcome != RecipientOutcome.Sent)
        {
            Log.NotSent(logger, work.Kind, personId, work.CampaignId, result.Error);
        }

        return outcome;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8121, Level = LogLevel.Warning, Message = "Person {PersonId} is not in campaign {CampaignId}; skipped")]
        public static partial void NotInAudience(ILogger logger, string personId, string campaignId);

        [LoggerMessage(EventId = 8122, Level = LogLevel.Warning, Message = "{Kind} not sent to {PersonId} (campaign {CampaignId}): {Reason}")]
        public static partial void NotSent(ILogger logger, DeliveryKind kind, string personId, string campaignId, string? reason);
    }
}
