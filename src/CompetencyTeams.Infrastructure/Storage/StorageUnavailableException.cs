namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>
/// Storage did not confirm the operation (unreachable, timed out, 5xx after the retries, or an unexpected refusal).
/// A write that ends here must be treated as not saved; callers may try again later.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException()
        : base("Storage did not confirm the operation.")
    {
    }

    /// <summary>The HTTP status Azure answered with, or 0 when no answer came (network, timeout).</summary>
    public int Status { get; init; }
}
