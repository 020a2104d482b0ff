namespace CompetencyTeams.DevChannel.Connector;

/// <summary>Error bodies shaped like the Bot Connector's: <c>{"error":{"code":…,"message":…}}</c>.</summary>
public static class ConnectorErrors
{
    public static IResult NotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, "ConversationNotFound", $"Conversation not found: {conversationId}");

    public static IResult ActivityNotFound(string activityId) =>
        Error(StatusCodes.Status404NotFound, "ActivityNotFound", $"Activity not found: {activityId}");

    public static IResult Blocked() =>
        Error(StatusCodes.Status403Forbidden, "ConversationBlockedByUser",
            "{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked from message writes.\"}");

    public static IResult NotInRoster() =>
        Error(StatusCodes.Status403Forbidden, "BotNotInConversationRoster", "The bot is not part of the conversation roster.");

    public static IResult Throttled(int retryAfterSeconds) => new ThrottledResult(retryAfterSeconds);

    public static IResult Unavailable() =>
        Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The service is temporarily unavailable.");

    public static IResult BadRequest(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Unauthorized() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A bearer token issued for the Bot Connector is required.");

    public static IResult TooBig(int bytes, int limit) =>
        Error(StatusCodes.Status413RequestEntityTooLarge, "MessageSizeTooBig", $"Message of {bytes} bytes exceeds {limit} bytes.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    private sealed class ThrottledResult(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(StatusCodes.Status429TooManyRequests, "Throttled", "Too many requests; retry after the given delay.")
                .ExecuteAsync(httpContext);
        }
    }
}
