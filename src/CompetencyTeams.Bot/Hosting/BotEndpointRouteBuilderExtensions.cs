using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CompetencyTeams.Bot.Hosting;

public static class BotEndpointRouteBuilderExtensions
{
    public const string DefaultPattern = "/api/messages";

    /// <summary>Maps the bot's messaging endpoint (POST). Authentication is the Bot Framework token check inside, not ASP.NET authorization.</summary>
    public static RouteHandlerBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern) =>
        endpoints.MapPost(pattern, (HttpContext context, BotRequestProcessor processor) => processor.ProcessAsync(context))
            .WithName("BotMessages")
            .DisableAntiforgery();
}
