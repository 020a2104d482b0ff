using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Infrastructure.Storage.Queues;

/// <summary>
/// One work queue with its "-poison" twin. Messages are JSON envelopes (kind + payload). A message received more than
/// the configured number of times, or one that cannot be read, is moved to the poison queue instead of being returned.
/// </summary>
public sealed class WorkQueueClient(QueueClient queue, QueueClient poison, int maxDequeueCount, ILogger logger)
{
    public const int MaxMessageBytes = 64 * 1024;
    public const int MaxReceiveBatch = 32;
    public static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7);

    public string Name => queue.Name;

    public string PoisonName => poison.Name;

    /// <summary>Adds a message, optionally invisible for <paramref name="initialDelay"/> (e.g. a reminder later). Returns its id.</summary>
    public Task<string> EnqueueAsync<T>(string kind, T payload, TimeSpan? initialDelay = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var text = JsonSerializer.Serialize(new QueueEnvelope(kind, JsonSerializer.SerializeToElement(payload, QueueJson.Options)), QueueJson.Options);
        EnsureSize(text);
        EnsureVisibility(initialDelay ?? TimeSpan.Zero, nameof(initialDelay));
        return StorageFaults.GuardAsync(
            async () => (await queue.SendMessageAsync(text, initialDelay, timeToLive: null, cancellationToken)).Value.MessageId,
            $"Enqueue {kind} on {Name}",
            cancellationToken);
    }

    /// <summary>Up to <paramref name="maxMessages"/> (≤ 32) messages, each hidden from other receivers for <paramref name="visibilityTimeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedQueueMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, MaxReceiveBatch);
        EnsureVisibility(visibilityTimeout, nameof(visibilityTimeout));
        if (visibilityTimeout < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityTimeout), visibilityTimeout, "A received message must stay hidden at least 1 second (Azure's minimum).");
        }

        var raw = await StorageFaults.GuardAsync(
            async () => (await queue.ReceiveMessagesAsync(maxMessages, visibilityTimeout, cancellationToken)).Value,
            $"Receive from {Name}",
            cancellationToken);
        var received = new List<ReceivedQueueMessage>(raw.Length);
        foreach (var message in raw)
        {
            var envelope = TryRead(message.Body.ToString());
            if (envelope is null || message.DequeueCount > maxDequeueCount)
            {
                var reason = envelope is null ? "unreadable envelope" : $"received {message.DequeueCount} times without completing";
                await MoveToPoisonAsync(message.MessageId, message.PopReceipt, message.Body.ToString(), envelope, reason, message.DequeueCount, cancellationToken);
                continue;
            }

            received.Add(new ReceivedQueueMessage(message.MessageId, message.PopReceipt, message.DequeueCount, envelope, message.InsertedOn));
        }

        return received;
    }

    /// <summary>Done with the message: it will not come back.</summary>
    public Task DeleteAsync(ReceivedQueueMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return StorageFaults.GuardAsync(
            () => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken),
            $"Delete message {message.MessageId} from {Name}",
            cancellationToken);
    }

    /// <summary>
    /// Keeps the message hidden for <paramref name="visibilityTimeout"/> more (lease renewal, or retry later; zero releases
    /// it now). Returns it with its new pop receipt.
    /// </summary>
    public async Task<ReceivedQueueMessage> UpdateVisibilityAsync(ReceivedQueueMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        EnsureVisibility(visibilityTimeout, nameof(visibilityTimeout));
        var receipt = await StorageFaults.GuardAsync(
            async () => (await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: visibilityTimeout, cancellationToken: cancellationToken)).Value.PopReceipt,
            $"Update visibility of message {message.MessageId} on {Name}",
            cancellationToken);
        return message with { PopReceipt = receipt };
    }

    /// <summary>Gives up on a message now (a terminal error): it goes to the poison queue with the reason.</summary>
    public Task MoveToPoisonAsync(ReceivedQueueMessage message, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return MoveToPoisonAsync(message.MessageId, message.PopReceipt, null, message.Envelope, reason, message.DequeueCount, cancellationToken);
    }

    /// <summary>Looks at poison messages without taking them (operations, tests).</summary>
    public async Task<IReadOnlyList<QueueEnvelope>> PeekPoisonAsync(int maxMessages, CancellationToken cancellationToken = default)
    {
        var peeked = await StorageFaults.GuardAsync(
            async () => (await poison.PeekMessagesAsync(Math.Clamp(maxMessages, 1, MaxReceiveBatch), cancellationToken)).Value,
            $"Peek {PoisonName}",
            cancellationToken);
        return peeked.Select(m => TryRead(m.Body.ToString()) ?? new QueueEnvelope("unreadable", default)).ToList();
    }

    private async Task MoveToPoisonAsync(string messageId, string popReceipt, string? rawText, QueueEnvelope? envelope, string reason, long dequeueCount, CancellationToken cancellationToken)
    {
        var poisoned = envelope is null
            ? new QueueEnvelope("unreadable", JsonSerializer.SerializeToElement(rawText, QueueJson.Options), reason)
            : envelope with { PoisonReason = reason };
        var text = JsonSerializer.Serialize(poisoned, QueueJson.Options);

        // Copy first, delete second: a crash in between leaves a duplicate in poison, never a lost message.
        await StorageFaults.GuardAsync(
            () => poison.SendMessageAsync(text, visibilityTimeout: null, timeToLive: TimeSpan.FromSeconds(-1), cancellationToken),
            $"Move message {messageId} to {PoisonName}",
            cancellationToken);
        await StorageFaults.GuardAsync(
            () => queue.DeleteMessageAsync(messageId, popReceipt, cancellationToken),
            $"Delete poisoned message {messageId} from {Name}",
            cancellationToken);
        StorageLog.MovedToPoison(logger, messageId, poisoned.Kind, PoisonName, dequeueCount);
    }

    private static QueueEnvelope? TryRead(string text)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<QueueEnvelope>(text, QueueJson.Options);
            return envelope is { Kind.Length: > 0 } && envelope.Payload.ValueKind != JsonValueKind.Undefined ? envelope : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void EnsureSize(string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > MaxMessageBytes)
        {
            throw new StorageLimitExceededException("queue message ≤ 64 KiB", $"the message is {bytes} bytes; send one message per recipient or per smaller chunk.");
        }
    }

    private static void EnsureVisibility(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero || value > MaxVisibility)
        {
            throw new ArgumentOutOfRangeException(name, value, "Queue visibility must be between 0 and 7 days.");
        }
    }
}
