using System.Text.Json.Nodes;

namespace CompetencyTeams.Bot.Schema;

/// <summary>The body of the HTTP 200 that answers an adaptiveCard/action invoke.</summary>
public sealed record AdaptiveCardInvokeResponse
{
    public int StatusCode { get; init; } = 200;

    public required string Type { get; init; }

    public JsonNode? Value { get; init; }

    /// <summary>Replaces the card for the user who acted.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonNode card) => new() { Type = ContentTypes.AdaptiveCard, Value = card };

    /// <summary>Shows a short text message to the user who acted.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new() { Type = ContentTypes.ActivityMessage, Value = JsonValue.Create(text) };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ContentTypes.Error,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
