using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Connector;
using CompetencyTeams.Bot.Schema;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>How one send ended.</summary>
public sealed record SendResult(string? ActivityId, string? ConversationId, DeliveryFailureReason? Failure, string? Error, bool Unreachable = false)
{
    public bool Succeeded => ActivityId is not null;
}

/// <summary>
/// Sends one card to one person through the rate gate, with the resilience the connector leaves to its callers:
/// 429 pauses everyone for Retry-After; 412/5xx/timeouts back off with jitter, boundedly; 404 ConversationNotFound
/// forgets the address, re-creates the 1:1 chat from the person's channel id (or, refused, installs the app for them
/// through Graph and takes that chat) and retries once; 403 blocked is final.
/// </summary>
public sealed partial class ConnectorSender(
    IConnectorClient connector,
    ConnectorRateGate gate,
    IPersonRepository people,
    ProactiveInstall install,
    IOptions<BotOptions> bot,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<ConnectorSender> logger)
{
    public async Task<SendResult> SendAsync(Person person, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if ((person.ChatAddress ?? await install.OpenChatAsync(person, null, cancellationToken)) is not { } address)
        {
            return new SendResult(null, null, DeliveryFailureReason.NoChatAddress, install.Enabled
                ? "No chat address, and installing the app for this person through Graph failed."
                : "No chat address: the app is not installed for this person (Delivery:TeamsAppCatalogId is not set, so it is not installed for them).", Unreachable: true);
        }

        var message = Activity.CreateMessage(Attachment.AdaptiveCard(card.ToJsonNode()), card.FallbackText);
        var settings = options.Value;
        var transient = 0;
        var throttles = 0;
        var recreated = false;
        while (true)
        {
            try
            {
                using var permit = await gate.WaitAsync(address.ConversationId, cancellationToken);
                var response = await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, message, cancellationToken);
                return new SendResult(response.Id ?? "", address.ConversationId, null, null);
            }
            catch (ConnectorException ex)
            {
                switch (ex.Kind)
                {
                    case ConnectorErrorKind.Throttled:
                        var pause = ex.RetryAfter is { } after && after > TimeSpan.Zero ? after : settings.DefaultThrottlePause;
                        gate.PauseUntil(clock.GetUtcNow() + pause);
                        Log.Throttled(logger, pause.TotalSeconds);
                        if (++throttles >= settings.MaxThrottlesPerRecipient)
                        {
                            return Failure(DeliveryFailureReason.Throttled, ex);
                        }

                        break;
                    case ConnectorErrorKind.Transient:
                        if (++transient >= settings.MaxTransientAttempts)
                        {
                            return Failure(DeliveryFailureReason.Transient, ex);
                        }

                        await Task.Delay(Backoff(transient), clock, cancellationToken);
                        break;
                    case ConnectorErrorKind.ConversationNotFound when !recreated:
                        recreated = true;
                        if ((await RecreateAsync(person.ObjectId, address, cancellationToken) ?? await install.OpenChatAsync(person, address, cancellationToken)) is not { } fresh)
                        {
                            return Failure(DeliveryFailureReason.ConversationNotFound, ex);
                        }

                        address = fresh;
                        break;
                    case ConnectorErrorKind.ConversationNotFound:
                        return Failure(DeliveryFailureReason.ConversationNotFound, ex);
                    case ConnectorErrorKind.Blocked:
                        return Failure(DeliveryFailureReason.Blocked, ex);
                    case ConnectorErrorKind.TooLarge:
                        return Failure(DeliveryFailureReason.TooLarge, ex);
                    default:
                        return Failure(DeliveryFailureReason.Unknown, ex);
                }
            }
        }
    }

    /// <summary>The new address, or null when the connector refused to create the chat (the old one stays forgotten).</summary>
    private async Task<ChatAddress?> RecreateAsync(string personId, ChatAddress dead, CancellationToken cancellationToken)
    {
        await people.SetChatAddressAsync(personId, null, cancellationToken);
        var parameters = ConversationParameters.ForPersonalChat(bot.Value.MicrosoftAppId, dead.ChannelUserId, dead.TenantId);
        while (true)
        {
            try
            {
                ConversationResourceResponse created;
                using (await gate.WaitAsync(null, cancellationToken))
                {
                    created = await connector.CreateConversationAsync(dead.ServiceUrl, parameters, cancellationToken);
                }

                var fresh = dead with { ConversationId = created.Id ?? throw new ConnectorException("The connector created a conversation without an id.") { Kind = ConnectorErrorKind.Other } };
                await people.SetChatAddressAsync(personId, fresh, cancellationToken);
                Log.Recreated(logger, personId);
                return fresh;
            }
            catch (ConnectorException ex) when (ex.Kind == ConnectorErrorKind.Throttled)
            {
                gate.PauseUntil(clock.GetUtcNow() + (ex.RetryAfter ?? options.Value.DefaultThrottlePause));
            }
            catch (ConnectorException ex)
            {
                Log.RecreateFailed(logger, personId, ex.Message);
                return null;
            }
        }
    }

    // Full jitter over an exponential ceiling: 0.5 s, 1 s, 2 s… each drawn uniformly up to its ceiling.
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = options.Value.TransientBackoff * Math.Pow(2, attempt - 1);
        return ceiling * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private static SendResult Failure(DeliveryFailureReason reason, ConnectorException ex) => new(null, null, reason, ex.Message);

    private static partial class Log
    {
        [LoggerMessage(EventId = 8111, Level = LogLevel.Warning, Message = "Connector throttled (429): every worker pauses {Seconds} s")]
        public static partial void Throttled(ILogger logger, double seconds);

        [LoggerMessage(EventId = 8112, Level = LogLevel.Information, Message = "Conversation of {PersonId} was gone (404); re-created it")]
        public static partial void Recreated(ILogger logger, string personId);

        [LoggerMessage(EventId = 8113, Level = LogLevel.Warning, Message = "Could not re-create the conversation of {PersonId}: {Reason}")]
        public static partial void RecreateFailed(ILogger logger, string personId, string reason);
    }
}
