namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>
/// A write that Azure Storage would refuse, refused by our code before it is sent (Azurite is looser than Azure).
/// <see cref="Limit"/> names the rule, e.g. "entity size ≤ 1 MiB"; nothing was written.
/// </summary>
public sealed class StorageLimitExceededException : Exception
{
    public StorageLimitExceededException(string limit, string detail)
        : base($"Storage limit exceeded ({limit}): {detail} Nothing was written.")
    {
        Limit = limit;
    }

    public StorageLimitExceededException()
        : this("unknown", "a storage limit was exceeded.")
    {
    }

    public StorageLimitExceededException(string message)
        : this("unknown", message)
    {
    }

    public StorageLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
        Limit = "unknown";
    }

    public string Limit { get; } = "unknown";
}
