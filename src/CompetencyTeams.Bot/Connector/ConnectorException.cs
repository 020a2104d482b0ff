using System.Net;

namespace CompetencyTeams.Bot.Connector;

/// <summary>A failed Bot Connector call, with the status, the connector's error code and message, and the classification.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public required ConnectorErrorKind Kind { get; init; }

    /// <summary>The HTTP status; null when no response arrived (connection failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>The connector's error code (e.g. ConversationNotFound, or a subCode such as MessageWritesBlocked).</summary>
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>For <see cref="ConnectorErrorKind.Throttled"/>: how long the connector asked us to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The response body as received (cut to 4 KB).</summary>
    public string? ResponseBody { get; init; }
}
