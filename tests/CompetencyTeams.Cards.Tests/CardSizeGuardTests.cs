using CompetencyTeams.Cards.Elements;

namespace CompetencyTeams.Cards.Tests;

public sealed class CardSizeGuardTests
{
    private static AdaptiveCard CardWithText(int characters) => new() { Body = [new TextBlock(new string('a', characters))] };

    [Fact]
    public void Constructor_Default_Uses80KiB()
    {
        Assert.Equal(81_920, new CardSizeGuard().LimitBytes);
    }

    [Fact]
    public void Constructor_NonPositiveLimit_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CardSizeGuard(0));
    }

    [Fact]
    public void Measure_SmallCard_ReportsSizeAndHeadroom()
    {
        var card = CardWithText(10);
        var report = new CardSizeGuard(1000).Measure(card);

        Assert.Equal(card.Utf8Size(), report.SizeBytes);
        Assert.True(report.IsWithinLimit);
        Assert.Equal(1000 - card.Utf8Size(), report.HeadroomBytes);
    }

    [Fact]
    public void Measure_CardExactlyAtLimit_IsWithinLimit()
    {
        var size = CardWithText(100).Utf8Size();

        Assert.True(new CardSizeGuard(size).Measure(CardWithText(100)).IsWithinLimit);
        Assert.False(new CardSizeGuard(size - 1).Measure(CardWithText(100)).IsWithinLimit);
    }

    [Fact]
    public void ToJsonWithinLimit_OverLimit_ThrowsWithBothSizes()
    {
        var card = CardWithText(500);

        var error = Assert.Throws<CardTooLargeException>(() => new CardSizeGuard(200).ToJsonWithinLimit(card));

        Assert.Equal(card.Utf8Size(), error.Report!.SizeBytes);
        Assert.Contains("200 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{card.Utf8Size()} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonWithinLimit_UnderLimit_ReturnsTheCardJson()
    {
        var card = CardWithText(10);

        Assert.Equal(card.ToJson(), new CardSizeGuard().ToJsonWithinLimit(card));
    }

    [Fact]
    public void ReportToString_OverLimit_SaysSo()
    {
        Assert.Contains("over the limit", new CardSizeReport(120, 100).ToString(), StringComparison.Ordinal);
    }
}
