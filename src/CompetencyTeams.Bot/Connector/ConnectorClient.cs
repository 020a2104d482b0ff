using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CompetencyTeams.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace CompetencyTeams.Bot.Connector;

/// <summary>
/// The Bot Connector REST client over a typed HttpClient (the token comes from <see cref="BotTokenHandler"/>).
/// Success is 200/201/202; every other answer, and a missing answer, becomes a classified <see cref="ConnectorException"/>.
/// </summary>
public sealed partial class ConnectorClient(HttpClient httpClient, TimeProvider timeProvider, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations(), JsonContent.Create(parameters, BotJsonContext.Default.ConversationParameters),
            BotJsonContext.Default.ConversationResourceResponse, "CreateConversation", cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Activities(conversationId), Body(activity), BotJsonContext.Default.ResourceResponse,
            "SendToConversation", cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), Body(activity), BotJsonContext.Default.ResourceResponse,
            "ReplyToActivity", cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), Body(activity), BotJsonContext.Default.ResourceResponse,
            "UpdateActivity", cancellationToken);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, serviceUrl, ConnectorPaths.Activity(conversationId, activityId), null, BotJsonContext.Default.ResourceResponse,
            "DeleteActivity", cancellationToken);

    private static JsonContent Body(Activity activity) => JsonContent.Create(activity, BotJsonContext.Default.Activity);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, HttpContent? content, JsonTypeInfo<T> resultType, string operation, CancellationToken cancellationToken)
        where T : new()
    {
        using var request = new HttpRequestMessage(method, ConnectorPaths.Combine(serviceUrl, path)) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.CallFailedWithoutResponse(logger, operation, ex);
            throw new ConnectorException($"{operation} failed without a response: {ex.Message}", ex) { Kind = ConnectorErrorKind.Transient };
        }
        catch (MsalException ex)
        {
            Log.CallFailedWithoutResponse(logger, operation, ex);
            var kind = ex is MsalServiceException { StatusCode: 429 or >= 500 } ? ConnectorErrorKind.Transient : ConnectorErrorKind.Unauthorized;
            throw new ConnectorException($"{operation} failed: no Bot Connector token ({ex.ErrorCode})", ex) { Kind = kind };
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if ((int)response.StatusCode is 200 or 201 or 202)
            {
                return Parse(body, resultType) ?? new T();
            }

            var error = ConnectorErrorClassifier.Classify(response.StatusCode, response.Headers, body, timeProvider.GetUtcNow(), operation);
            Log.CallFailed(logger, operation, (int)response.StatusCode, error.Kind, error.ErrorCode);
            throw error;
        }
    }

    private static T? Parse<T>(string body, JsonTypeInfo<T> type)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            // A success without a readable body still succeeded; the id is simply unknown.
            return default;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Bot Connector {Operation} answered {Status} ({Kind}, code {Code})")]
        public static partial void CallFailed(ILogger logger, string operation, int status, ConnectorErrorKind kind, string? code);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Bot Connector {Operation} got no response")]
        public static partial void CallFailedWithoutResponse(ILogger logger, string operation, Exception exception);
    }
}
