using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Connector;
using CompetencyTeams.Bot.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.Bot.Hosting;

/// <summary>
/// POST /api/messages: token (401/503), body (413/400), activity checks (401/403), then the handler; invokes get
/// their response in the same HTTP response (501 when unhandled), other activities 200.
/// </summary>
public sealed partial class BotRequestProcessor(
    BotTokenValidator tokenValidator,
    ActivityAuthorizer authorizer,
    IConnectorClient connector,
    IOptions<BotOptions> options,
    ILogger<BotRequestProcessor> logger)
{
    public async Task<IResult> ProcessAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var token = await tokenValidator.ValidateAsync(context.Request.Headers.Authorization.ToString(), cancellationToken);
        if (token.Caller is null)
        {
            return Refuse(context, token.Rejection!);
        }

        var (activity, malformed) = await ActivityReader.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (activity is null)
        {
            return Refuse(context, malformed!);
        }

        if (authorizer.Authorize(token.Caller, activity) is { } refused)
        {
            return Refuse(context, refused);
        }

        var handler = context.RequestServices.GetRequiredService<IActivityHandler>();
        var response = await handler.HandleAsync(new TurnContext(activity, token.Caller, connector), cancellationToken);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            response ??= InvokeResponse.NotImplemented;
        }

        Log.ActivityHandled(logger, activity.Type, activity.Name, response?.Status ?? StatusCodes.Status200OK);
        return response is null ? Results.Ok() : new InvokeResult(response);
    }

    private IResult Refuse(HttpContext context, BotRejection rejection)
    {
        Log.RequestRefused(logger, rejection.StatusCode, rejection.Reason);
        if (rejection.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        }

        return Results.Problem(statusCode: rejection.StatusCode, title: Title(rejection.StatusCode), detail: rejection.Reason);
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Unauthorized",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status413PayloadTooLarge => "Payload too large",
        StatusCodes.Status503ServiceUnavailable => "Service unavailable",
        _ => "Bad request",
    };

    /// <summary>Writes an invoke response: its status, and its JSON body when there is one.</summary>
    private sealed class InvokeResult(InvokeResponse response) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = response.Status;
            if (response.Body is not null)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(response.Body.ToJsonString(), httpContext.RequestAborted);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Bot request refused with {Status}: {Reason}")]
        public static partial void RequestRefused(ILogger logger, int status, string reason);

        [LoggerMessage(EventId = 1402, Level = LogLevel.Debug, Message = "Activity {Type} ({Name}) answered {Status}")]
        public static partial void ActivityHandled(ILogger logger, string? type, string? name, int status);
    }
}
