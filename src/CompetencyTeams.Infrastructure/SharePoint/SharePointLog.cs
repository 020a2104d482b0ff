using Microsoft.Extensions.Logging;

namespace CompetencyTeams.Infrastructure.SharePoint;

internal static partial class SharePointLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "SharePoint list {List} created with {ColumnCount} columns")]
    public static partial void ListCreated(ILogger logger, string list, int columnCount);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "SharePoint column {Column} added to list {List}")]
    public static partial void ColumnAdded(ILogger logger, string list, string column);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "{Count} SharePoint batch steps answered {Status}; re-sending them in {Delay} (round {Round})")]
    public static partial void RetryingSteps(ILogger logger, int count, int status, TimeSpan delay, int round);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Published summary of team {TeamId} for campaign {CampaignId}: {Written} items written in {Batches} batches")]
    public static partial void Published(ILogger logger, string teamId, string campaignId, int written, int batches);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "SharePoint list {List} held {Count} duplicate items for key {Key}; removing the extras")]
    public static partial void DuplicatesFound(ILogger logger, string list, int count, string key);
}
