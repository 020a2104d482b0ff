using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Levers;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Tests.Support;

namespace CompetencyTeams.Domain.Tests.Levers;

public sealed class LeverEngineTests
{
    private const string A = "2.2.1";

    [Fact]
    public void Propose_SmallGapAndTutorInTeam_ProposesTrainingWithTheTutor()
    {
        var org = new Org().Profile("agent", new() { [A] = 3 }).Team("t")
            .Person("learner", "t", "agent").Person("tutor", "t", "agent")
            .Self("learner", A, LevelAnswer.Of(2)).Self("tutor", A, LevelAnswer.Of(4));
        var proposal = Assert.Single(Propose(org).ForTeam("t"), p => p.Type == LeverType.Training);
        Assert.Equal(("learner", "tutor", A), (proposal.PersonId, proposal.SuggestedPersonId, proposal.CompetencyCode));
        Assert.Contains("écart de 1", proposal.Reason.Fr, StringComparison.Ordinal);
    }

    [Fact]
    public void Propose_GapLargerThanThreshold_NoTrainingUnlessThresholdRaised()
    {
        var org = new Org().Profile("agent", new() { [A] = 4 }).Team("t")
            .Person("learner", "t", "agent").Person("tutor", "t", "agent")
            .Self("learner", A, LevelAnswer.Of(2)).Self("tutor", A, LevelAnswer.Of(4));
        Assert.DoesNotContain(Propose(org).ForTeam("t"), p => p.Type == LeverType.Training);
        Assert.Contains(Propose(org, LeverRules.Default with { TrainingMaxGap = 2 }).ForTeam("t"), p => p.Type == LeverType.Training);
    }

    [Fact]
    public void Propose_NoTutorAnywhere_NoTraining()
    {
        var org = new Org().Profile("agent", new() { [A] = 3 }).Team("t").Person("learner", "t", "agent").Self("learner", A, LevelAnswer.Of(2));
        Assert.DoesNotContain(Propose(org).ForTeam("t"), p => p.Type == LeverType.Training);
    }

    [Fact]
    public void Propose_NoHolderInTeamButSurplusElsewhere_ProposesMobility()
    {
        var org = new Org().Profile("agent", new() { [A] = 3 }).Profile("other", []).Team("short").Team("rich")
            .Person("p", "short", "agent").Self("p", A, LevelAnswer.Of(1))
            .Person("expert", "rich", "other").Self("expert", A, LevelAnswer.Of(4));
        var mobility = Assert.Single(Propose(org).ForTeam("short"), p => p.Type == LeverType.Mobility);
        Assert.Equal("expert", mobility.SuggestedPersonId);
    }

    [Fact]
    public void Propose_NoHolderAnywhere_ProposesRecruitment()
    {
        var org = new Org().Profile("agent", new() { [A] = 3 }).Team("t").Person("p", "t", "agent").Self("p", A, LevelAnswer.Of(1));
        var proposals = Propose(org);
        Assert.Contains(proposals.ForTeam("t"), p => p is { Type: LeverType.Recruitment, RuleCode: "recruitment.no-holder-anywhere" });
        Assert.Contains(proposals.Organisation, p => p is { Type: LeverType.Recruitment, CompetencyCode: A });
    }

    [Fact]
    public void Propose_SingleHolder_ProposesPairing()
    {
        var org = new Org().Profile("agent", new() { [A] = 2 }).Team("t").Person("p", "t", "agent").Person("q", "t", "agent")
            .Self("p", A, LevelAnswer.Of(3)).Self("q", A, LevelAnswer.NotApplicable);
        var pair = Assert.Single(Propose(org).ForTeam("t"), p => p.RuleCode == "organisation.pair-single-holder");
        Assert.Equal("p", pair.SuggestedPersonId);
        Assert.DoesNotContain(Propose(org, LeverRules.Default with { PairOnSingleHolder = false }).ForTeam("t"), p => p.Type == LeverType.Organisation);
    }

    [Fact]
    public void Propose_ProfileFteShortfall_ProposesRecruitmentAboveThresholdOnly()
    {
        var org = new Org().Profile("agent", new() { [A] = 1 }, fteNow: 3, fteHorizon: 4).Team("t").Person("p", "t", "agent", fte: 1);
        var recruitment = Assert.Single(Propose(org).Organisation, p => p.RuleCode == "recruitment.profile-fte-shortfall");
        Assert.Equal(3.0, recruitment.Magnitude);
        Assert.DoesNotContain(Propose(org, LeverRules.Default with { RecruitmentMinFteShortfall = 5 }).Organisation, p => p.RuleCode == "recruitment.profile-fte-shortfall");
    }

    [Fact]
    public void Propose_BlockShortWhileAnotherHasSurplus_ProposesRedistribution()
    {
        var needs = new Dictionary<string, FteNeed> { ["1.1"] = new(2, 2), ["1.2"] = new(0, 0) };
        var org = new Org().Profile("agent", new() { [A] = 1 }, perBlock: needs).Team("t")
            .Person("p", "t", "agent", fte: 1, shares: new() { ["1.1"] = 50, ["1.2"] = 50 })
            .Person("q", "t", "agent", fte: 1, shares: new() { ["1.2"] = 100 });
        var proposals = Propose(org).Organisation;
        Assert.Contains(proposals, p => p is { RuleCode: "organisation.redistribute-block-time", BlockCode: "1.1" });
        Assert.DoesNotContain(proposals, p => p.RuleCode == "recruitment.block-fte-shortfall");
    }

    [Fact]
    public void Propose_MostOfAProfileBelowARequirement_ProposesReviewingIt()
    {
        var org = new Org().Profile("agent", new() { [A] = 4 }).Team("t");
        for (var i = 0; i < 4; i++)
        {
            org.Person("p" + i, "t", "agent").Self("p" + i, A, LevelAnswer.Of(2));
        }

        Assert.Contains(Propose(org).Organisation, p => p is { RuleCode: "organisation.review-profile-requirement", ProfileId: "agent", CompetencyCode: A });
    }

    [Fact]
    public void Propose_SameInput_SameProposalsInSameOrder()
    {
        var org = new Org().Profile("agent", new() { [A] = 3, ["1.1.1"] = 2 }).Team("t").Team("u")
            .Person("a", "t", "agent").Person("b", "t", "agent").Person("c", "u", "agent")
            .Self("a", A, LevelAnswer.Of(2)).Self("b", A, LevelAnswer.Of(4)).Self("c", "1.1.1", LevelAnswer.Of(1));
        var first = Propose(org);
        var second = Propose(org);
        Assert.Equal(first.ForTeam("t").Select(p => p.Reason.En), second.ForTeam("t").Select(p => p.Reason.En));
        Assert.Equal(first.Organisation.Select(p => p.Reason.En), second.Organisation.Select(p => p.Reason.En));
    }

    private static LeverProposals Propose(Org org, LeverRules? rules = null) => LeverEngine.Propose(org.Analyze(), rules ?? LeverRules.Default);
}
