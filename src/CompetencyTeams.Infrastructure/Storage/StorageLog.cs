using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Infrastructure.Storage;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Storage ready: {TableCount} tables and {QueueCount} queues exist")]
    public static partial void StorageReady(ILogger logger, int tableCount, int queueCount);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Creating tables and queues failed (attempt {Attempt}); retrying in {Delay}")]
    public static partial void InitializationFailed(ILogger logger, Exception exception, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Queue message {MessageId} of kind {Kind} moved to {PoisonQueue} after {DequeueCount} deliveries")]
    public static partial void MovedToPoison(ILogger logger, string messageId, string kind, string poisonQueue, long dequeueCount);
}
