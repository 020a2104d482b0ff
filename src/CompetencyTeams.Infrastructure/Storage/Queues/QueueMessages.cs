using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompetencyTeams.Infrastructure.Storage.Queues;

/// <summary>What travels in a queue message: a kind (what to do) and its JSON payload; a reason once it is poison.</summary>
public sealed record QueueEnvelope(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("payload")] JsonElement Payload,
    [property: JsonPropertyName("poisonReason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PoisonReason = null);

/// <summary>
/// A message taken from a queue and invisible to others until its visibility timeout ends. Processing is at least once:
/// delete it when done; if the process dies it reappears, so handlers must be idempotent (check table state first).
/// </summary>
public sealed record ReceivedQueueMessage(string MessageId, string PopReceipt, long DequeueCount, QueueEnvelope Envelope, DateTimeOffset? InsertedOn)
{
    public string Kind => Envelope.Kind;

    public T PayloadAs<T>() =>
        Envelope.Payload.Deserialize<T>(QueueJson.Options) ?? throw new JsonException($"Queue message {MessageId} of kind {Kind} has an empty payload.");
}

internal static class QueueJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
