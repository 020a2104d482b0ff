using System.Text.Json;
using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Schema;
using Microsoft.AspNetCore.Http;

namespace CompetencyTeams.Bot.Hosting;

/// <summary>Reads the request body into an <see cref="Activity"/>: at most the configured size, well-formed, with the fields routing needs.</summary>
public static class ActivityReader
{
    public static async Task<(Activity? Activity, BotRejection? Rejection)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, BotRejection.TooLarge($"the body exceeds {maxBytes} bytes"));
        }

        var body = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, BotRejection.TooLarge($"the body exceeds {maxBytes} bytes"));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotJsonContext.Default.Activity);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return (null, BotRejection.BadRequest($"the body is not a readable activity: {ex.Message}"));
        }

        var missing = activity is null ? "the activity" : MissingField(activity);
        return missing is null ? (activity, null) : (null, BotRejection.BadRequest($"{missing} is missing or invalid"));
    }

    private static string? MissingField(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "channelId";
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "conversation.id" : null;
    }

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (reading stops there).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
