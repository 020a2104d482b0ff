namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>A user as Graph lists it (id, names, mail, language).</summary>
public sealed record DirectoryUser(string Id, string DisplayName, string UserPrincipalName, string? Mail, string? PreferredLanguage);

/// <summary>Everything read from Graph before anything is written: the users and, per user, their manager (from the managers' directReports).</summary>
public sealed record DirectorySnapshot(IReadOnlyList<DirectoryUser> Users, IReadOnlyDictionary<string, string> ManagerOf);

/// <summary>What a sync changed.</summary>
public sealed record DirectorySyncReport(
    DateTimeOffset StartedAt, DateTimeOffset CompletedAt, int UsersRead, int PeopleAdded, int PeopleUpdated, int PeopleUnchanged, int TeamsAdded, int TeamsUpdated);

/// <summary>Graph refused or failed: the status (403, 429, 5xx…), a reason for HR, and Graph's Retry-After when throttled.</summary>
public sealed class DirectorySyncException(int status, string message, TimeSpan? retryAfter = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public int Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
