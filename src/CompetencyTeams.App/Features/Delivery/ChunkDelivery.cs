using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>
/// The people of one work message together: one read of their assignments, every claim saved in one transaction
/// before any connector call, then each card sent and its result recorded as soon as the send returns. A claim
/// transaction that conflicts (a message handled twice, a row just changed) falls back to the one-by-one path, which
/// skips whoever another worker holds.
/// </summary>
public sealed partial class ChunkDelivery(
    IAssignmentRepository assignments,
    IPersonRepository people,
    RecipientDelivery recipients,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<ChunkDelivery> logger)
{
    public async Task DeliverAsync(DeliveryWork work, Campaign campaign, CancellationToken cancellationToken)
    {
        foreach (var part in work.PersonIds.Distinct(StringComparer.Ordinal).Chunk(IAssignmentRepository.MaxSaveMany))
        {
            await DeliverPartAsync(work, campaign, part, cancellationToken);
        }
    }

    private async Task DeliverPartAsync(DeliveryWork work, Campaign campaign, string[] personIds, CancellationToken cancellationToken)
    {
        var reads = await assignments.GetManyAsync(work.CampaignId, [.. personIds], cancellationToken);
        if (reads.Count < personIds.Length)
        {
            Log.NotInAudience(logger, personIds.Length - reads.Count, work.CampaignId);
        }

        var now = clock.GetUtcNow();
        var claims = reads
            .Select(read => (Read: read, Claimed: DeliveryClaims.TryClaim(read.Value, work, now, options.Value.SendingClaimExpiry, clock)))
            .Where(c => c.Claimed is not null)
            .Select(c => (c.Read, Claimed: c.Claimed!))
            .ToList();
        if (claims.Count == 0)
        {
            return;
        }

        IReadOnlyList<string> versions;
        try
        {
            versions = await assignments.SaveManyAsync(work.CampaignId, [.. claims.Select(c => (c.Claimed, c.Read.Version))], cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            Log.ClaimConflict(logger, work.CampaignId, claims.Count);
            foreach (var (read, _) in claims)
            {
                await recipients.DeliverAsync(work, campaign, read.Value.PersonId, cancellationToken);
            }

            return;
        }

        var found = (await people.GetManyAsync([.. claims.Select(c => c.Claimed.PersonId)], cancellationToken))
            .ToDictionary(p => p.ObjectId, StringComparer.Ordinal);

        // One after the other (the messages in flight give the parallelism), each result recorded the moment its send
        // returns: a crash can then only repeat the cards whose answer was in flight (the residual window,
        // docs/decisions/0004), never a whole message's worth.
        for (var i = 0; i < claims.Count; i++)
        {
            var claimed = claims[i].Claimed;
            var result = await recipients.SendClaimedAsync(work, campaign, claimed, found.GetValueOrDefault(claimed.PersonId), cancellationToken);
            await recipients.RecordAsync(work, new Versioned<Assignment>(claimed, versions[i]), result, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 8141, Level = LogLevel.Warning, Message = "{Count} people of a message are not in campaign {CampaignId}; skipped")]
        public static partial void NotInAudience(ILogger logger, int count, string campaignId);

        [LoggerMessage(EventId = 8142, Level = LogLevel.Information, Message = "Claims of {Count} people of campaign {CampaignId} conflicted; claiming one by one")]
        public static partial void ClaimConflict(ILogger logger, string campaignId, int count);
    }
}
