namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>Why a SharePoint call failed, so a queue consumer can retry the transient cases and report the others.</summary>
public enum SharePointFailure
{
    /// <summary>403: the app lacks a permission or a site grant; the message names it.</summary>
    PermissionMissing,

    /// <summary>401: no valid token (credential or app registration problem).</summary>
    NotAuthenticated,

    /// <summary>The site or a list does not exist (run provisioning, check SharePoint:SiteHostname/SitePath).</summary>
    NotFound,

    /// <summary>429 after the retries allowed: try again later.</summary>
    Throttled,

    /// <summary>5xx or no answer after the retries allowed: try again later.</summary>
    Unavailable,

    /// <summary>Graph refused the request (400, 409…): retrying the same input will not help.</summary>
    Rejected,
}

/// <summary>A clear failure of SharePoint publication or provisioning. <see cref="IsTransient"/> says whether a later retry can succeed.</summary>
public sealed class SharePointPublicationException : Exception
{
    public SharePointPublicationException(SharePointFailure failure, string message, int? statusCode = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public SharePointPublicationException()
        : this(SharePointFailure.Unavailable, "SharePoint publication failed.")
    {
    }

    public SharePointPublicationException(string message)
        : this(SharePointFailure.Unavailable, message)
    {
    }

    public SharePointPublicationException(string message, Exception innerException)
        : this(SharePointFailure.Unavailable, message, innerException: innerException)
    {
    }

    public SharePointFailure Failure { get; }

    public int? StatusCode { get; }

    public TimeSpan? RetryAfter { get; }

    public bool IsTransient => Failure is SharePointFailure.Throttled or SharePointFailure.Unavailable;
}
