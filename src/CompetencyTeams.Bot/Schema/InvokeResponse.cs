using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CompetencyTeams.Bot.Schema;

/// <summary>The HTTP status and JSON body written back synchronously for an invoke activity.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);

    /// <summary>Universal Actions always answer HTTP 200; the card response carries its own status code.</summary>
    public static InvokeResponse From(AdaptiveCardInvokeResponse response) =>
        new(StatusCodes.Status200OK, JsonSerializer.SerializeToNode(response, BotJsonContext.Default.AdaptiveCardInvokeResponse));
}
