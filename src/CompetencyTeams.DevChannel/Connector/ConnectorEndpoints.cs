using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Connector;

/// <summary>The Bot Connector REST surface the bot calls (/v3/conversations…), played locally.</summary>
public static class ConnectorEndpoints
{
    public const int MaxActivityBytes = 100 * 1024;

    public static IServiceCollection AddBotConnectorStandIn(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<TeamsRateLimiter>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<ConnectorStats>();
        return services;
    }

    public static IEndpointRouteBuilder MapBotConnectorStandIn(this IEndpointRouteBuilder endpoints)
    {
        var v3 = endpoints.MapGroup("/v3/conversations").AddEndpointFilter<ConnectorGate>();
        v3.MapPost("/", CreateConversation);
        v3.MapPost("/{conversationId}/activities", (string conversationId, HttpRequest request, ConversationStore store) =>
            PostActivity(conversationId, null, request, store));
        v3.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request, ConversationStore store) =>
            PostActivity(conversationId, activityId, request, store));
        v3.MapPut("/{conversationId}/activities/{activityId}", UpdateActivity);
        v3.MapDelete("/{conversationId}/activities/{activityId}", DeleteActivity);
        endpoints.MapConnectorControl();
        return endpoints;
    }

    private static async Task<IResult> CreateConversation(HttpRequest request, ConversationStore store, FaultInjector faults)
    {
        var body = await ReadObjectAsync(request);
        if (body is null)
        {
            return ConnectorErrors.BadRequest("The body must be a JSON ConversationParameters object.");
        }

        var botId = body["bot"]?["id"]?.GetValue<string>();
        var members = body["members"] as JsonArray;
        var tenantId = body["tenantId"]?.GetValue<string>() ?? body["channelData"]?["tenant"]?["id"]?.GetValue<string>();
        if (botId is null || !botId.StartsWith("28:", StringComparison.Ordinal))
        {
            return ConnectorErrors.BadRequest("bot.id must be the bot's id (28:{appId}).");
        }

        if (members is not { Count: 1 } || members[0]?["id"]?.GetValue<string>() is not { } userId)
        {
            return ConnectorErrors.BadRequest("A personal conversation needs exactly one member with an id.");
        }

        if (string.IsNullOrEmpty(tenantId))
        {
            return ConnectorErrors.BadRequest("tenantId (or channelData.tenant.id) is required.");
        }

        if (body["isGroup"]?.GetValue<bool>() == true)
        {
            return ConnectorErrors.BadRequest("Group conversations are not supported by the stand-in.");
        }

        if (faults.Plan.UninstalledUsers.Contains(userId, StringComparer.Ordinal))
        {
            return ConnectorErrors.NotInRoster();
        }

        var conversation = store.GetOrCreatePersonal(tenantId, botId, userId);
        string? activityId = null;
        if (body["activity"] is JsonObject first)
        {
            activityId = store.Add(conversation, (JsonObject)first.DeepClone(), null).Id;
        }

        var serviceUrl = $"{request.Scheme}://{request.Host}/";
        return Results.Json(new { id = conversation.Id, activityId, serviceUrl }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> PostActivity(string conversationId, string? replyToId, HttpRequest request, ConversationStore store)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return ConnectorErrors.NotFound(conversationId);
        }

        var activity = await ReadObjectAsync(request);
        if (activity is null)
        {
            return ConnectorErrors.BadRequest("The body must be a JSON activity.");
        }

        var size = activity.ToJsonString().Length;
        if (size > MaxActivityBytes)
        {
            return ConnectorErrors.TooBig(size, MaxActivityBytes);
        }

        var stored = store.Add(conversation, activity, replyToId);
        return Results.Json(new { id = stored.Id }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateActivity(string conversationId, string activityId, HttpRequest request, ConversationStore store)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return ConnectorErrors.NotFound(conversationId);
        }

        var activity = await ReadObjectAsync(request);
        if (activity is null)
        {
            return ConnectorErrors.BadRequest("The body must be a JSON activity.");
        }

        return store.Update(conversation, activityId, activity)
            ? Results.Json(new { id = activityId })
            : ConnectorErrors.ActivityNotFound(activityId);
    }

    private static IResult DeleteActivity(string conversationId, string activityId, ConversationStore store)
    {
        if (store.Find(conversationId) is not { } conversation)
        {
            return ConnectorErrors.NotFound(conversationId);
        }

        return store.Delete(conversation, activityId) ? Results.Ok() : ConnectorErrors.ActivityNotFound(activityId);
    }

    private static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
