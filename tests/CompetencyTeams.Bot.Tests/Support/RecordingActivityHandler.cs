using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CompetencyTeams.Bot.Hosting;
using CompetencyTeams.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>Records what reaches each route; answers adaptiveCard/action with a card echoing the verb.</summary>
public sealed class RecordingActivityHandler() : ActivityHandler(NullLogger.Instance)
{
    public ConcurrentQueue<(string Route, TurnContext Turn, object? Detail)> Calls { get; } = new();

    public bool Saw(string? activityId) => Calls.Any(c => c.Turn.Activity.Id == activityId);

    public (string Route, TurnContext Turn, object? Detail)[] For(string? activityId) => [.. Calls.Where(c => c.Turn.Activity.Id == activityId)];

    protected override Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) => Record("message", turn, turn.Activity.Value);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken)
    {
        Calls.Enqueue(("adaptiveCard/action", turn, value));
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "verb " + value.Action?.Verb }),
        };
        return Task.FromResult(AdaptiveCardInvokeResponse.Card(card));
    }

    protected override Task OnConversationReferenceAsync(TurnContext turn, ConversationReference reference, CancellationToken cancellationToken) =>
        Record("reference", turn, reference);

    protected override Task OnConversationReferenceRemovedAsync(TurnContext turn, ConversationReference reference, CancellationToken cancellationToken) =>
        Record("reference-removed", turn, reference);

    protected override async Task OnUnrecognizedActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await base.OnUnrecognizedActivityAsync(turn, cancellationToken);
        await Record("other", turn, null);
    }

    private Task Record(string route, TurnContext turn, object? detail)
    {
        Calls.Enqueue((route, turn, detail));
        return Task.CompletedTask;
    }
}
