namespace CompetencyTeams.App.Features.Summaries;

/// <summary>Where the SharePoint publication of one team's summary stands (what the tab shows).</summary>
public enum PublicationState
{
    /// <summary>Requested, waiting in the queue (or being written).</summary>
    Pending,

    /// <summary>Written to the lists; <see cref="PublicationStatus.ItemUrl"/> links to the summary item.</summary>
    Done,

    /// <summary>The last attempt failed; <see cref="PublicationStatus.RetryAt"/> is set when another attempt is planned.</summary>
    Failed,
}

/// <summary>The publication state row of one (campaign, team).</summary>
public sealed record PublicationStatus(string CampaignId, string TeamId, PublicationState State, string RequestId)
{
    public string RequestedBy { get; init; } = "";

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>Attempts made for the current request.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public string? ItemUrl { get; init; }

    public int ItemsWritten { get; init; }

    public string? FailureReason { get; init; }

    /// <summary>When the next automatic attempt is due after a transient failure; null when none is planned.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public bool WillRetry => State == PublicationState.Failed && RetryAt is not null;
}

/// <summary>The queue message asking for one team's publication (one message per request and per retry).</summary>
public sealed record PublicationRequest(string CampaignId, string TeamId, string RequestId, int Attempt);
