using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.Domain.Tests.Frameworks;

public sealed class DefaultLevelScaleTests
{
    [Fact]
    public void Create_FourLevels_InOrderWithFrenchAndEnglishTexts()
    {
        var scale = DefaultLevelScale.Create();
        Assert.Equal(["Notions", "Application avec aide", "Maîtrise autonome", "Expert capable de transmettre"], scale.Levels.Select(l => l.Label.Fr));
        Assert.Equal(["Basic knowledge", "Application with help", "Autonomous mastery", "Expert who can teach"], scale.Levels.Select(l => l.Label.En));
        Assert.All(scale.Levels, l => Assert.StartsWith("I ", l.Descriptor.En, StringComparison.Ordinal));
        Assert.All(scale.Levels, l => Assert.StartsWith("Je ", l.Descriptor.Fr, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Contains_Value_OnlyScaleLevels(int value, bool expected) =>
        Assert.Equal(expected, DefaultLevelScale.Create().Contains(value));

    [Fact]
    public void EnsureValid_NotApplicable_IsAcceptedAndNeverALevel()
    {
        var scale = DefaultLevelScale.Create();
        scale.EnsureValid(LevelAnswer.NotApplicable, "1.1.1");
        Assert.False(LevelAnswer.NotApplicable.IsLevel);
        Assert.True(LevelAnswer.NotApplicable.IsAnswered);
        Assert.False(LevelAnswer.NotAssessed.IsAnswered);
        Assert.Throws<Domain.Common.DomainRuleException>(() => scale.EnsureValid(LevelAnswer.Of(0), "1.1.1"));
    }
}
