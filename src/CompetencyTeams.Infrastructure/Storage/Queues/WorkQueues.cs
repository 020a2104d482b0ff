using System.Collections.Concurrent;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.Infrastructure.Storage.Queues;

/// <summary>Hands out <see cref="WorkQueueClient"/>s by logical name (prefix applied, poison twin attached). Singleton.</summary>
public sealed class WorkQueues(QueueServiceClient service, StorageNaming naming, IOptions<StorageOptions> options, ILogger<WorkQueueClient> logger)
{
    private readonly ConcurrentDictionary<string, WorkQueueClient> _queues = new(StringComparer.Ordinal);

    public WorkQueueClient Get(string logicalName) =>
        _queues.GetOrAdd(logicalName, name => new WorkQueueClient(
            service.GetQueueClient(naming.Queue(name)),
            service.GetQueueClient(naming.PoisonQueue(name)),
            options.Value.MaxDequeueCount,
            logger));
}
