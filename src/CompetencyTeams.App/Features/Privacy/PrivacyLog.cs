namespace CompetencyTeams.App.Features.Privacy;

/// <summary>The privacy feature's log lines: ids and counts only, never names, comments or tokens.</summary>
internal static partial class PrivacyLog
{
    [LoggerMessage(EventId = 12001, Level = LogLevel.Information, Message = "Retention purge of campaign {CampaignId} done: {Anonymized} answer(s) anonymized, {Deleted} deleted, {Emptied} team summary(ies) emptied")]
    public static partial void Purged(ILogger logger, string campaignId, int anonymized, int deleted, int emptied);

    [LoggerMessage(EventId = 12002, Level = LogLevel.Warning, Message = "Retention purge of campaign {CampaignId} stopped; it is retried on a later pass: {Reason}")]
    public static partial void PurgeFailed(ILogger logger, string campaignId, string reason);

    [LoggerMessage(EventId = 12003, Level = LogLevel.Warning, Message = "Retention pass failed; it is retried on the next tick: {Reason}")]
    public static partial void PassFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 12004, Level = LogLevel.Information, Message = "Personal data of one person exported by {ActorId} ({Format})")]
    public static partial void Exported(ILogger logger, string actorId, string format);

    [LoggerMessage(EventId = 12005, Level = LogLevel.Information, Message = "One person erased by {ActorId} under pseudonym {Pseudonym}")]
    public static partial void Erased(ILogger logger, string actorId, string pseudonym);
}
