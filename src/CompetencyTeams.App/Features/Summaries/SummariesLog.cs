namespace CompetencyTeams.App.Features.Summaries;

internal static partial class SummariesLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Published the summary of team {TeamId} for campaign {CampaignId}: {ItemsWritten} item(s) written")]
    public static partial void Published(ILogger logger, string campaignId, string teamId, int itemsWritten);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Publishing team {TeamId} of campaign {CampaignId} failed (attempt {Attempt}); retrying in {Delay}: {Reason}")]
    public static partial void WillRetry(ILogger logger, string campaignId, string teamId, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Publishing team {TeamId} of campaign {CampaignId} failed for good after {Attempt} attempt(s): {Reason}")]
    public static partial void GaveUp(ILogger logger, string campaignId, string teamId, int attempt, string reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Publication request {RequestId} for team {TeamId} of campaign {CampaignId} is superseded or already done; skipped")]
    public static partial void Skipped(ILogger logger, string campaignId, string teamId, string requestId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "The summary publication worker hit an unexpected error; the message will come back after its lease")]
    public static partial void WorkerError(ILogger logger, Exception exception);
}
