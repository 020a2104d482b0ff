namespace CompetencyTeams.Domain.Common;

/// <summary>
/// Someone else changed the record between our read and our write (optimistic concurrency).
/// Nothing was written; the caller re-reads and decides again.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConcurrencyConflictException()
        : base("The record was changed by someone else; nothing was written.")
    {
    }
}
