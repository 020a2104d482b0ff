using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Tests.Support;

namespace CompetencyTeams.Domain.Tests.Gaps;

public sealed class GapAnalyzerTests
{
    private const string A = "1.1.1";
    private const string B = "1.1.2";

    [Fact]
    public void PersonGap_ExactlyAtRequiredLevel_HasNoGapAndHolds()
    {
        var report = new Org().Profile("agent", new() { [A] = 3 }).Team("t").Person("p", "t", "agent").Self("p", A, LevelAnswer.Of(3)).Analyze();
        var gap = report.PersonGap("p", A);
        Assert.Equal(0, gap.Gap);
        Assert.True(gap.HoldsRequiredLevel);
        Assert.Equal(1, report.TeamCoverage("t").Single(c => c.CompetencyCode == A).Holders);
    }

    [Fact]
    public void PersonGap_BelowRequired_GapIsTheDifferenceAndAboveIsSurplus()
    {
        var report = new Org().Profile("agent", new() { [A] = 3, [B] = 2 }).Team("t").Person("p", "t", "agent")
            .Self("p", A, LevelAnswer.Of(1)).Self("p", B, LevelAnswer.Of(4)).Analyze();
        Assert.Equal(2, report.PersonGap("p", A).Gap);
        Assert.Equal(0, report.PersonGap("p", B).Gap);
        Assert.Equal(2, report.PersonGap("p", B).Surplus);
        Assert.Equal(1.0, report.TeamMeanGap("t"));
    }

    [Fact]
    public void FinalLevel_ManagerLevelPresent_WinsAndDifferenceIsReported()
    {
        var report = new Org().Profile("agent", new() { [A] = 3 }).Team("t").Person("p", "t", "agent")
            .Self("p", A, LevelAnswer.Of(4)).Manager("p", A, LevelAnswer.Of(2)).Analyze();
        var gap = report.PersonGap("p", A);
        Assert.Equal(LevelAnswer.Of(2), gap.Final);
        Assert.Equal(1, gap.Gap);
        Assert.Equal(-2, gap.SelfManagerDifference);
        Assert.Single(report.SelfManagerDifferences("p"));
    }

    [Fact]
    public void Coverage_NotApplicable_NeverCountsAsLevelZero()
    {
        var report = new Org().Profile("agent", new() { [A] = 2 }).Team("t").Person("p", "t", "agent").Person("q", "t", "agent")
            .Self("p", A, LevelAnswer.NotApplicable).Self("q", A, LevelAnswer.Of(2)).Analyze();
        var coverage = report.TeamCoverage("t").Single(c => c.CompetencyCode == A);
        Assert.Equal((2, 1, 1, 1), (coverage.RequiredBy, coverage.Assessed, coverage.Holders, coverage.NotApplicable));
        Assert.Equal(0.0, coverage.MeanGap);
        Assert.Null(report.PersonGap("p", A).Gap);
    }

    [Fact]
    public void Analyze_NobodyAssessed_MeanGapUnknownAndEveryRequiredCompetencyCritical()
    {
        var report = new Org().Profile("agent", new() { [A] = 2, [B] = 1 }).Team("t").Person("p", "t", "agent").Person("q", "t", "agent").Analyze();
        Assert.Null(report.TeamMeanGap("t"));
        Assert.Equal([A, B], report.TeamCriticalCompetencies("t"));
        Assert.All(report.PersonGaps("p"), g => Assert.Null(g.Gap));
    }

    [Fact]
    public void Analyze_AllNotApplicable_MeanGapUnknown()
    {
        var report = new Org().Profile("agent", new() { [A] = 2 }).Team("t").Person("p", "t", "agent").Self("p", A, LevelAnswer.NotApplicable).Analyze();
        Assert.Null(report.TeamMeanGap("t"));
        Assert.Null(report.OrganisationMeanGap());
    }

    [Fact]
    public void Analyze_ProfileWithoutRequirements_NothingRequired()
    {
        var report = new Org().Profile("empty", []).Team("t").Person("p", "t", "empty").Self("p", A, LevelAnswer.Of(1)).Analyze();
        Assert.All(report.TeamCoverage("t"), c => Assert.Equal(0, c.RequiredBy));
        Assert.Empty(report.TeamCriticalCompetencies("t"));
        Assert.Null(report.ProfileMeanGap("empty"));
        Assert.Equal(1, report.ProfileHeadcount("empty"));
    }

    [Fact]
    public void Analyze_PersonWithoutProfile_CountsInHeadcountButRequiresNothing()
    {
        var report = new Org().Team("t").Person("p", "t", null, fte: 0.5).Self("p", A, LevelAnswer.Of(4)).Analyze();
        Assert.Equal(1, report.TeamHeadcount("t"));
        Assert.Null(report.PersonGap("p", A).Required);
        Assert.Equal(LevelAnswer.Of(4), report.PersonGap("p", A).Final);
        Assert.Equal(0.5, report.Fte.UnallocatedFte);
    }

    [Fact]
    public void Analyze_TeamNobodyIsIn_GivesEmptyFigures()
    {
        var report = new Org().Team("empty", manager: "boss").Analyze();
        Assert.Equal(0, report.TeamHeadcount("empty"));
        Assert.Empty(report.TeamMembers("empty"));
        Assert.Null(report.TeamMeanGap("empty"));
        Assert.Empty(report.TeamCoverage("unknown"));
    }

    [Fact]
    public void Fte_ZeroFtePerson_CountsInHeadcountNotInFte()
    {
        var report = new Org().Profile("agent", new() { [A] = 1 }, fteNow: 2).Team("t").Person("p", "t", "agent", fte: 0, shares: new() { ["1.1"] = 100 }).Analyze();
        Assert.Equal(1, report.TeamHeadcount("t"));
        var balance = Assert.Single(report.Fte.ByProfile);
        Assert.Equal((2.0, 0.0, 2.0), (balance.NeededNow, balance.Available, balance.ShortfallNow));
    }

    [Fact]
    public void Fte_TimeShares_SplitAvailabilityPerBlockAgainstNeedsNowAndAtHorizon()
    {
        var perBlock = new Dictionary<string, CompetencyTeams.Domain.Profiles.FteNeed> { ["1.1"] = new(1.0, 2.0), ["1.2"] = new(0.5, 0.5) };
        var report = new Org().Profile("agent", new() { [A] = 1 }, fteNow: 1.5, fteHorizon: 2.5, perBlock: perBlock).Team("t")
            .Person("p", "t", "agent", fte: 0.8, shares: new() { ["1.1"] = 75, ["1.2"] = 25 })
            .Person("q", "t", "agent", fte: 1.0)
            .Analyze();
        var block11 = report.Fte.ByBlock.Single(b => b.Key == "1.1");
        Assert.Equal(0.6, block11.Available, 6);
        Assert.Equal(0.4, block11.ShortfallNow, 6);
        Assert.Equal(1.4, block11.ShortfallAtHorizon, 6);
        Assert.Equal(0.3, report.Fte.ByBlock.Single(b => b.Key == "1.2").ShortfallNow, 6);
        Assert.Equal(1.0, report.Fte.UnallocatedFte, 6);
        var profile = Assert.Single(report.Fte.ByProfile);
        Assert.Equal((1.8, -0.3, 0.7), (profile.Available, Math.Round(profile.ShortfallNow, 6), Math.Round(profile.ShortfallAtHorizon, 6)));
    }

    [Fact]
    public void Coverage_PerProfileAndOrganisation_AddUpOverTeams()
    {
        var report = new Org().Profile("x", new() { [A] = 2 }).Profile("y", new() { [A] = 3 }).Team("t1").Team("t2")
            .Person("p1", "t1", "x").Person("p2", "t2", "y").Person("p3", "t2", "x")
            .Self("p1", A, LevelAnswer.Of(2)).Self("p2", A, LevelAnswer.Of(2)).Self("p3", A, LevelAnswer.Of(3)).Analyze();
        Assert.Equal(2, report.ProfileCoverage("x").Single(c => c.CompetencyCode == A).Holders);
        Assert.Equal(0, report.ProfileCoverage("y").Single(c => c.CompetencyCode == A).Holders);
        var org = report.OrganisationCoverage().Single(c => c.CompetencyCode == A);
        Assert.Equal((3, 2), (org.RequiredBy, org.Holders));
        Assert.Equal(1.0 / 3, org.MeanGap!.Value, 6);
    }
}
