using System.Net.Http.Headers;
using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.DevChannel.Chat;

/// <summary>Posts a user's activity to the App's bot endpoint with a signed channel token, and reports what the App answered.</summary>
public sealed partial class ChannelRelay(HttpClient http, IChannelTokenMinter tokens, IOptions<ChatOptions> options, ILogger<ChannelRelay> logger)
{
    public async Task<RelayResult> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var type = activity["type"]?.GetValue<string>();
        var token = await tokens.MintAsync(settings.BotAppId, activity["serviceUrl"]!.GetValue<string>(), cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.AppMessagesUrl)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, MediaTypeNames.Application.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.AppTimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            LogRelayed(logger, type, (int)response.StatusCode);
            return new RelayResult((int)response.StatusCode, TryParse(body));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            LogAppUnreachable(logger, settings.AppMessagesUrl, ex.Message);
            return new RelayResult(StatusCodes.Status502BadGateway, null, "The App did not answer: " + ex.Message);
        }
    }

    private static JsonNode? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(body);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Relayed a {Type} activity to the App: HTTP {Status}")]
    private static partial void LogRelayed(ILogger logger, string? type, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The App at {Url} did not answer: {Reason}")]
    private static partial void LogAppUnreachable(ILogger logger, Uri url, string reason);
}

public sealed record RelayResult(int Status, JsonNode? Body, string? Error = null);
