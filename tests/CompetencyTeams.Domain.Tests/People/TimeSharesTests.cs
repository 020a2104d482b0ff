using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.Domain.Tests.People;

public sealed class TimeSharesTests
{
    [Fact]
    public void FromPercentages_NotAddingUpTo100_IsRefused()
    {
        Assert.Equal("timeshares.total", Assert.Throws<DomainRuleException>(() => TimeShares.FromPercentages(new Dictionary<string, double> { ["1.1"] = 60, ["1.2"] = 30 })).Code);
    }

    [Fact]
    public void FromPercentages_ZeroEntries_AreDropped()
    {
        var shares = TimeShares.FromPercentages(new Dictionary<string, double> { ["1.1"] = 60, ["1.2"] = 40, ["1.3"] = 0 });
        Assert.Equal(["1.1", "1.2"], shares.PercentByBlock.Keys.Order());
    }

    [Fact]
    public void FromHoursPerWeek_ConvertsToPercentages()
    {
        var shares = TimeShares.FromHoursPerWeek(new Dictionary<string, double> { ["1.1"] = 28, ["2.1"] = 7 });
        Assert.Equal(80, shares.Percent("1.1"), 6);
        Assert.Equal(20, shares.Percent("2.1"), 6);
    }

    [Fact]
    public void FromPercentages_Negative_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => TimeShares.FromPercentages(new Dictionary<string, double> { ["1.1"] = -10, ["1.2"] = 110 }));
    }
}
