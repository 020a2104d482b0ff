namespace CompetencyTeams.App.Tab.Services;

/// <summary>An API call that failed: the HTTP status (0 when the API could not be reached), the problem's code and detail.</summary>
public sealed class TabApiException : Exception
{
    public TabApiException(int status, string? code, string? detail, IReadOnlyDictionary<string, string[]>? errors = null)
        : base(detail ?? $"The tab API answered {status}.")
    {
        Status = status;
        Code = code;
        Detail = detail;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public TabApiException()
        : this(0, null, null)
    {
    }

    public TabApiException(string message)
        : this(0, null, message)
    {
    }

    public TabApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public int Status { get; }

    public string? Code { get; }

    public string? Detail { get; }

    /// <summary>Field errors of a validation problem (field → messages).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsConflict => Status == 409;
}
