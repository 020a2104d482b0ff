using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Bot.Connector;
using CompetencyTeams.Bot.Hosting;
using CompetencyTeams.Bot.Schema;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Questionnaire;

/// <summary>
/// The agent's side of the bot: card actions (Universal Actions invokes and legacy Action.Submit messages), the
/// help/status/resume commands, and the chat address kept on install and forgotten on uninstall. The acting person is
/// always the validated activity's sender; card data only says which campaign and block.
/// </summary>
public sealed partial class QuestionnaireBot(
    QuestionnaireWorkflow workflow,
    IPersonRepository people,
    IOptions<QuestionnaireOptions> options,
    TimeProvider clock,
    ILogger<QuestionnaireBot> logger)
    : ActivityHandler(logger)
{
    private static readonly CardSizeGuard SizeGuard = new();

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(TurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken)
    {
        var card = await CardForActionAsync(turn, value.Action?.Verb, value.Action?.Data, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(card.ToJsonNode());
    }

    protected override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (QuestionnaireRequest.IsQuestionnaireData(activity.Value))
        {
            // Legacy Action.Submit: same logic, then the card that was clicked is replaced in place.
            var card = await CardForActionAsync(turn, null, activity.Value, cancellationToken);
            await SendAsync(turn, card, activity.ReplyToId, cancellationToken);
            return;
        }

        var audience = Audience(activity);
        var personId = activity.From?.AadObjectId;
        var command = Command(activity.Text);
        var verb = command switch
        {
            "status" or "statut" => QuestionnaireVerbs.Status,
            "resume" or "reprendre" or "start" or "commencer" => QuestionnaireVerbs.Start,
            _ => null,
        };
        var reply = personId is null
            ? MessageCards.Error(audience, "questionnaire.no-sender")
            : verb is not null
                ? await HandleGuardedAsync(personId, audience, new QuestionnaireRequest(verb, null, null, null), null, cancellationToken)
                : command is "help" or "aide" or "?" or "" ? MessageCards.Help(audience) : MessageCards.Help(audience, activity.Text);
        await SendAsync(turn, reply, null, cancellationToken);
    }

    protected override async Task OnConversationReferenceAsync(TurnContext turn, ConversationReference reference, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!IsPersonalChat(activity) || activity.From?.AadObjectId is not { } personId || activity.From.Id is null || activity.TenantId is null)
        {
            return;
        }

        try
        {
            await people.SetChatAddressAsync(personId, new ChatAddress(activity.ServiceUrl!, activity.Conversation!.Id!, activity.TenantId, activity.From.Id), cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            Log.UnknownPerson(logger, personId);
        }
    }

    protected override async Task OnConversationReferenceRemovedAsync(TurnContext turn, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (IsPersonalChat(turn.Activity) && turn.Activity.From?.AadObjectId is { } personId)
        {
            await people.SetChatAddressAsync(personId, null, cancellationToken);
        }
    }

    private async Task<AdaptiveCard> CardForActionAsync(TurnContext turn, string? verb, JsonElement? data, CancellationToken cancellationToken)
    {
        var audience = Audience(turn.Activity);
        var personId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(personId))
        {
            return MessageCards.Error(audience, "questionnaire.no-sender");
        }

        QuestionnaireRequest request;
        try
        {
            request = QuestionnaireRequest.Parse(verb, data);
        }
        catch (DomainRuleException ex)
        {
            Log.BadAction(logger, verb, ex.Code, ex.Message);
            return MessageCards.Error(audience, ex.Code);
        }

        var card = await HandleGuardedAsync(personId, audience, request, data, cancellationToken);
        return SizeGuard.Measure(card).IsWithinLimit ? card : MessageCards.Error(audience, "questionnaire.card-too-large", request.CampaignId);
    }

    /// <summary>The workflow's card, or, when storage did not confirm, the card saying so with the sent data kept for a retry.</summary>
    private async Task<AdaptiveCard> HandleGuardedAsync(string personId, CardAudience audience, QuestionnaireRequest request, JsonElement? data, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(options.Value.ClickBudget, clock);
        using var click = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await workflow.HandleAsync(personId, audience, request, click.Token);
        }
        catch (StorageUnavailableException ex)
        {
            Log.StorageFault(logger, request.Verb, request.CampaignId, ex.Message);
            return StorageFaultCard.Build(audience, request.Verb, Sent(data));
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.StorageFault(logger, request.Verb, request.CampaignId, $"no answer within {options.Value.ClickBudget.TotalSeconds:0.#} s");
            return StorageFaultCard.Build(audience, request.Verb, Sent(data));
        }
    }

    private static JsonObject Sent(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d ? JsonNode.Parse(d.GetRawText())!.AsObject() : [];

    private async Task SendAsync(TurnContext turn, AdaptiveCard card, string? replaceActivityId, CancellationToken cancellationToken)
    {
        var message = Activity.CreateMessage(Attachment.AdaptiveCard(card.ToJsonNode()), card.FallbackText);
        try
        {
            _ = replaceActivityId is null
                ? await turn.SendActivityAsync(message, cancellationToken)
                : await turn.UpdateActivityAsync(replaceActivityId, message, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            Log.SendFailed(logger, turn.Activity.Conversation?.Id, ex.Message);
        }
    }

    private static CardAudience Audience(Activity activity) => new(activity.Locale, activity.From?.Id);

    private static bool IsPersonalChat(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal" && activity.Conversation?.IsGroup != true && activity.ServiceUrl is not null && activity.Conversation?.Id is not null;

    /// <summary>The typed command: mentions and punctuation removed, lower case.</summary>
    private static string Command(string? text) =>
        MentionPattern().Replace(text ?? "", "").Trim().TrimEnd('.', '!').Trim().ToLowerInvariant();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex MentionPattern();

    private static partial class Log
    {
        [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Card action {Verb} refused before loading: {Code} ({Reason})")]
        public static partial void BadAction(ILogger logger, string? verb, string code, string reason);

        [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Chat address not recorded: person {PersonId} is not in the directory")]
        public static partial void UnknownPerson(ILogger logger, string personId);

        [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Could not send the card to conversation {ConversationId}: {Reason}")]
        public static partial void SendFailed(ILogger logger, string? conversationId, string reason);

        [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Card action {Verb} on campaign {CampaignId} not done: storage did not confirm ({Reason}); the person was asked to try again")]
        public static partial void StorageFault(ILogger logger, string verb, string? campaignId, string reason);
    }
}
