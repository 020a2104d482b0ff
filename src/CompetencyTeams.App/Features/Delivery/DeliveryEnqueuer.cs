using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>Puts delivery work on the queue, one message per chunk of recipients.</summary>
public sealed class DeliveryEnqueuer(WorkQueues queues, IOptions<DeliveryOptions> options)
{
    public WorkQueueClient Queue => queues.Get(StorageNames.DeliveryQueue);

    /// <summary>Enqueues the people in chunks; returns how many messages were added.</summary>
    public async Task<int> EnqueueAsync(string campaignId, DeliveryKind kind, string? reminderKey, IReadOnlyList<string> personIds, CancellationToken cancellationToken)
    {
        var messages = 0;
        foreach (var chunk in personIds.Chunk(options.Value.ChunkSize))
        {
            await Queue.EnqueueAsync(DeliveryWork.MessageKind, new DeliveryWork(campaignId, kind, reminderKey, chunk), null, cancellationToken);
            messages++;
        }

        return messages;
    }
}
