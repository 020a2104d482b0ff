namespace CompetencyTeams.Bot.Connector;

/// <summary>What a connector failure means for whoever decides to retry.</summary>
public enum ConnectorErrorKind
{
    /// <summary>429: wait <see cref="ConnectorException.RetryAfter"/> (or back off) before any further call.</summary>
    Throttled,

    /// <summary>412, 502, 503, 504 or no response at all: retry with backoff.</summary>
    Transient,

    /// <summary>404 ConversationNotFound: the stored conversation is gone; re-create it.</summary>
    ConversationNotFound,

    /// <summary>403 because the user blocked the bot, the admin disabled it, writes are blocked or the bot left the roster: terminal.</summary>
    Blocked,

    /// <summary>413 MessageSizeTooBig: the activity must shrink.</summary>
    TooLarge,

    /// <summary>401, or 403 for another reason: our credentials or registration are wrong.</summary>
    Unauthorized,

    /// <summary>Anything else; the status and body say more.</summary>
    Other,
}
