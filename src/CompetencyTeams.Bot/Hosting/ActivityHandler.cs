using System.Text.Json;
using CompetencyTeams.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Bot.Hosting;

/// <summary>
/// Routes activities to overridable methods: messages (text or a legacy Action.Submit value), the
/// adaptiveCard/action invoke, other invokes (501 unless overridden), conversationUpdate and installationUpdate
/// (which surface the conversation reference to keep, or to forget on uninstall), and anything else (logged).
/// </summary>
public abstract partial class ActivityHandler(ILogger logger) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Invoke))
        {
            return await OnInvokeAsync(turn, cancellationToken);
        }

        var route = activity switch
        {
            _ when activity.IsType(ActivityTypes.Message) => OnMessageAsync(turn, cancellationToken),
            _ when activity.IsType(ActivityTypes.ConversationUpdate) => OnConversationUpdateAsync(turn, cancellationToken),
            _ when activity.IsType(ActivityTypes.InstallationUpdate) => OnInstallationUpdateAsync(turn, cancellationToken),
            _ => OnUnrecognizedActivityAsync(turn, cancellationToken),
        };
        await route;
        return null;
    }

    /// <summary>A message: text typed by the user, or (text empty, value set) a legacy Action.Submit.</summary>
    protected virtual Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!string.Equals(turn.Activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.Ordinal))
        {
            Log.InvokeNotImplemented(logger, turn.Activity.Name);
            return InvokeResponse.NotImplemented;
        }

        var value = ReadInvokeValue(turn.Activity.Value);
        if (value?.Action is null)
        {
            return InvokeResponse.From(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The adaptiveCard/action invoke carries no action."));
        }

        return InvokeResponse.From(await OnAdaptiveCardActionAsync(turn, value, cancellationToken));
    }

    /// <summary>An Action.Execute (Universal Actions): answer with a card, a message or an error, in the same HTTP response.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Error(501, "NotImplemented", $"The verb '{value.Action?.Verb}' is not supported."));

    /// <summary>Members added or removed; when members are added the conversation reference is surfaced.</summary>
    protected virtual Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.MembersAdded is { Count: > 0 }
            ? OnConversationReferenceAsync(turn, turn.ConversationReference, cancellationToken)
            : Task.CompletedTask;

    /// <summary>The app was installed (add, add-upgrade) or uninstalled (remove, remove-upgrade).</summary>
    protected virtual Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) => turn.Activity.Action switch
    {
        InstallationActions.Add or InstallationActions.AddUpgrade => OnConversationReferenceAsync(turn, turn.ConversationReference, cancellationToken),
        InstallationActions.Remove => OnConversationReferenceRemovedAsync(turn, turn.ConversationReference, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>A reference worth keeping (capture or refresh) for proactive messages.</summary>
    protected virtual Task OnConversationReferenceAsync(TurnContext turn, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The app was removed: the reference will not work again.</summary>
    protected virtual Task OnConversationReferenceRemovedAsync(TurnContext turn, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Log.ActivityIgnored(logger, turn.Activity.Type, turn.Activity.Name);
        return Task.CompletedTask;
    }

    private static AdaptiveCardInvokeValue? ReadInvokeValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return element.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Activity {Type} ({Name}) acknowledged without handling")]
        public static partial void ActivityIgnored(ILogger logger, string? type, string? name);

        [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Invoke {Name} is not implemented; answering 501")]
        public static partial void InvokeNotImplemented(ILogger logger, string? name);
    }
}
