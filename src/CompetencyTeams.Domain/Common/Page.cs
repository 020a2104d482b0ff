namespace CompetencyTeams.Domain.Common;

/// <summary>One page of a list that can grow; pass <see cref="ContinuationToken"/> back to get the next page (null: no more).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken)
{
    public bool HasMore => ContinuationToken is not null;
}
