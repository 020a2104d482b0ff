namespace CompetencyTeams.Domain.Common;

/// <summary>One page of a list that can grow; pass <see cref="ContinuationToken"/> back to get the next page (null: no more).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken)
{
    public bool HasMore => ContinuationToken is not null;
}

/// <summary>Reading a paged list to the end.</summary>
public static class Pages
{
    /// <summary>Every item of every page, in order (for lists known to stay small enough to hold).</summary>
    public static async Task<List<T>> ReadAllAsync<T>(Func<string?, Task<Page<T>>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var all = new List<T>();
        string? token = null;
        do
        {
            var page = await read(token);
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }
}
