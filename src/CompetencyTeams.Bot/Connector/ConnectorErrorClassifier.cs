using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CompetencyTeams.Bot.Connector;

/// <summary>Turns a failed connector response into a <see cref="ConnectorException"/>, reading the error body Teams sends.</summary>
public static class ConnectorErrorClassifier
{
    private const int MaxBodyLength = 4096;

    private static readonly string[] BlockedCodes = ["ConversationBlockedByUser", "BotDisabledByAdmin", "MessageWritesBlocked", "BotNotInConversationRoster"];

    public static ConnectorException Classify(HttpStatusCode status, HttpResponseHeaders headers, string body, DateTimeOffset now, string operation)
    {
        var (code, message) = ReadError(body);
        var kind = Kind(status, code, body);
        var retryAfter = kind == ConnectorErrorKind.Throttled ? RetryAfter(headers.RetryAfter, now) : null;
        return new ConnectorException($"{operation} failed: {(int)status} {status} ({kind}){(code is null ? "" : " " + code)}{(message is null ? "" : ": " + message)}")
        {
            Kind = kind,
            StatusCode = status,
            ErrorCode = code,
            ErrorMessage = message,
            RetryAfter = retryAfter,
            ResponseBody = body.Length > MaxBodyLength ? body[..MaxBodyLength] : body,
        };
    }

    public static ConnectorErrorKind Kind(HttpStatusCode status, string? code, string body) => (int)status switch
    {
        429 => ConnectorErrorKind.Throttled,
        412 or 502 or 503 or 504 => ConnectorErrorKind.Transient,
        404 when Mentions(code, body, "ConversationNotFound") => ConnectorErrorKind.ConversationNotFound,
        403 when IsBlocked(code, body) => ConnectorErrorKind.Blocked,
        403 or 401 => ConnectorErrorKind.Unauthorized,
        413 => ConnectorErrorKind.TooLarge,
        _ => ConnectorErrorKind.Other,
    };

    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        return header?.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null;
    }

    private static bool IsBlocked(string? code, string body) =>
        BlockedCodes.Any(c => Mentions(code, body, c))
        || body.Contains("blocked", StringComparison.OrdinalIgnoreCase)
        || body.Contains("disabled", StringComparison.OrdinalIgnoreCase);

    private static bool Mentions(string? code, string body, string value) =>
        string.Equals(code, value, StringComparison.OrdinalIgnoreCase) || body.Contains(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads {"error":{"code","message"}} (Bot Connector) or {"errorCode":209,"message":"{\"subCode\":…}"} (Teams),
    /// whichever came; a body that is not JSON yields nulls.
    /// </summary>
    public static (string? Code, string? Message) ReadError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (Text(error, "code"), Text(error, "message"));
            }

            var message = Text(root, "message");
            return (ReadSubCode(message) ?? Text(root, "errorCode") ?? Text(root, "code"), message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? ReadSubCode(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var inner = JsonDocument.Parse(message);
            return inner.RootElement.ValueKind == JsonValueKind.Object ? Text(inner.RootElement, "subCode") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
