using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.Domain.People;

/// <summary>
/// The share of a person's working time spent on each activity block, in percent (sums to 100).
/// Multiplied by the person's FTE it gives the FTE available per block (ANAP step 2b, quantitative).
/// </summary>
public sealed record TimeShares(IReadOnlyDictionary<string, double> PercentByBlock)
{
    /// <summary>Rounding slack accepted on the total (percentages typed by people rarely add to exactly 100.0).</summary>
    public const double Tolerance = 0.5;

    public static TimeShares Empty { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal));

    public bool IsEmpty => PercentByBlock.Count == 0;

    public double Percent(string blockCode) => PercentByBlock.TryGetValue(blockCode, out var p) ? p : 0;

    /// <summary>Percentages that must add up to 100 (± <see cref="Tolerance"/>); zero entries are dropped.</summary>
    public static TimeShares FromPercentages(IReadOnlyDictionary<string, double> percentByBlock)
    {
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (block, percent) in percentByBlock)
        {
            if (double.IsNaN(percent) || percent < 0 || percent > 100)
            {
                throw new DomainRuleException("timeshares.out-of-range", $"The share for block {block} must be between 0 and 100 (got {percent}).");
            }

            if (percent > 0)
            {
                shares[block] = percent;
            }
        }

        var total = shares.Values.Sum();
        if (Math.Abs(total - 100) > Tolerance)
        {
            throw new DomainRuleException("timeshares.total", $"Time shares must add up to 100 % (they add up to {total:0.#} %).");
        }

        return new TimeShares(shares);
    }

    /// <summary>Hours per week per block, converted to percentages of their total.</summary>
    public static TimeShares FromHoursPerWeek(IReadOnlyDictionary<string, double> hoursByBlock)
    {
        if (hoursByBlock.Values.Any(h => double.IsNaN(h) || h < 0 || h > 168))
        {
            throw new DomainRuleException("timeshares.hours-out-of-range", "Hours per week must be between 0 and 168 for each block.");
        }

        var total = hoursByBlock.Values.Sum();
        if (total <= 0)
        {
            throw new DomainRuleException("timeshares.total", "At least one block must have hours.");
        }

        return new TimeShares(hoursByBlock.Where(h => h.Value > 0).ToDictionary(h => h.Key, h => h.Value * 100 / total, StringComparer.Ordinal));
    }
}
