namespace CompetencyTeams.Domain.Campaigns;

/// <summary>Repeat the campaign every <see cref="IntervalMonths"/> months (12 = yearly); the next occurrence is created as a draft.</summary>
public sealed record Recurrence(int IntervalMonths)
{
    public static Recurrence Yearly { get; } = new(12);
}
