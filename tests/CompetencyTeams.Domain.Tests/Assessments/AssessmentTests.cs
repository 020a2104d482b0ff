using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Profiles;
using CompetencyTeams.Domain.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.Domain.Tests.Assessments;

public sealed class AssessmentTests
{
    private static readonly JobProfile Profile = new(
        "agent", LocalizedText.Same("Agent"), Org.Framework.Framework.Ref,
        new Dictionary<string, int> { ["1.1.1"] = 2, ["1.1.2"] = 3, ["2.2.1"] = 2 }, FteNeed.None, new Dictionary<string, FteNeed>());

    private static readonly Person Agent = new("p1", "Agent", "p1@x", "t1", "m1", "agent", 1, TimeShares.Empty, "fr-FR");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly AssessmentContext _context;

    public AssessmentTests()
    {
        var campaign = Campaign.CreateDraft("c1", LocalizedText.Same("C"), Org.Framework.Framework.Ref, AudienceSpec.All, _clock.GetUtcNow(), _clock.GetUtcNow().AddDays(10), ReminderPlan.None("Europe/Paris"), "hr", _clock)
            .Schedule(_clock).Launch(1, _clock);
        _context = new AssessmentContext(campaign, Org.Framework, Profile);
    }

    [Fact]
    public void Context_Profile_AsksOnlyItsBlocksAndCompetencies()
    {
        Assert.Equal(["1.1", "2.2"], _context.Blocks.Select(b => b.Code));
        Assert.Equal(["1.1.1", "1.1.2"], _context.CompetenciesOf(_context.Blocks[0]).Select(c => c.Code));
        Assert.Equal(9, new AssessmentContext(_context.Campaign, Org.Framework, null).Blocks.Count);
    }

    [Fact]
    public void AnswerBlock_ValidAnswers_SavedWithCommentAndPosition()
    {
        var a = Start().AnswerBlock(_context, "1.1", Answers(("1.1.1", LevelAnswer.Of(2)), ("1.1.2", LevelAnswer.NotApplicable)), " ok ", _clock);
        Assert.Equal(LevelAnswer.NotApplicable, a.SelfAnswer("1.1.2"));
        Assert.Equal(("ok", "1.1"), (a.BlockComments["1.1"], a.LastBlockVisited));
        Assert.Equal(2, a.AnsweredCount(_context));
    }

    [Theory]
    [InlineData("1.1", "9.9.9", 2, "assessment.code-not-in-block")]
    [InlineData("1.1", "2.2.1", 2, "assessment.code-not-in-block")]
    [InlineData("1.1", "1.1.3", 2, "assessment.code-not-in-block")]
    [InlineData("1.2", "1.2.1", 2, "assessment.block-not-in-questionnaire")]
    [InlineData("1.1", "1.1.1", 5, "answer.level-out-of-scale")]
    [InlineData("1.1", "1.1.1", 0, "answer.level-out-of-scale")]
    public void AnswerBlock_OutsideTheQuestionnaireOrScale_IsRefused(string block, string code, int level, string expected)
    {
        var error = Assert.Throws<DomainRuleException>(() => Start().AnswerBlock(_context, block, Answers((code, LevelAnswer.Of(level))), null, _clock));
        Assert.Equal(expected, error.Code);
    }

    [Fact]
    public void AnswerBlock_AfterDeadline_IsRefused()
    {
        var a = Start();
        _clock.Advance(TimeSpan.FromDays(11));
        Assert.Equal("assessment.campaign-not-open", Assert.Throws<DomainRuleException>(() => a.AnswerBlock(_context, "1.1", Answers(("1.1.1", LevelAnswer.Of(2))), null, _clock)).Code);
    }

    [Fact]
    public void AnswerBlock_CampaignClosed_IsRefused()
    {
        var closed = new AssessmentContext(_context.Campaign.Close(_clock), Org.Framework, Profile);
        Assert.Throws<DomainRuleException>(() => Start().AnswerBlock(closed, "1.1", Answers(("1.1.1", LevelAnswer.Of(2))), null, _clock));
    }

    [Fact]
    public void AnswerBlock_OversizedComment_IsRefused()
    {
        var comment = new string('x', AssessmentLimits.MaxCommentLength + 1);
        Assert.Equal("assessment.comment-too-long", Assert.Throws<DomainRuleException>(() => Start().AnswerBlock(_context, "1.1", Answers(), comment, _clock)).Code);
    }

    [Fact]
    public void Submit_Incomplete_IsRefused_ThenComplete_IsAcceptedTwiceHarmlessly()
    {
        var a = Start().AnswerBlock(_context, "1.1", Answers(("1.1.1", LevelAnswer.Of(2)), ("1.1.2", LevelAnswer.Of(3))), null, _clock);
        Assert.Equal("assessment.incomplete", Assert.Throws<DomainRuleException>(() => a.Submit(_context, _clock)).Code);
        a = a.AnswerBlock(_context, "2.2", Answers(("2.2.1", LevelAnswer.NotApplicable)), null, _clock).Submit(_context, _clock);
        Assert.Equal(AssessmentStatus.Submitted, a.Status);
        Assert.Same(a, a.Submit(_context, _clock));
    }

    [Fact]
    public void Validate_AdjustsSomeAndAcceptsTheRest_FinalIsManagerLevel()
    {
        var a = Complete().Validate(_context, "m1", Answers(("1.1.2", LevelAnswer.Of(2))), new Dictionary<string, string> { ["1.1.2"] = "à revoir" }, null, _clock);
        Assert.Equal(AssessmentStatus.Validated, a.Status);
        Assert.Equal(LevelAnswer.Of(2), a.FinalAnswer("1.1.2"));
        Assert.Equal(LevelAnswer.Of(2), a.FinalAnswer("1.1.1"));
        Assert.Equal(["1.1.2"], a.Disagreements());
        Assert.Equal("assessment.already-validated", Assert.Throws<DomainRuleException>(() => a.AnswerBlock(_context, "1.1", Answers(), null, _clock)).Code);
    }

    [Fact]
    public void Validate_Draft_IsRefused()
    {
        Assert.Equal("assessment.not-submitted", Assert.Throws<DomainRuleException>(() => Start().AcceptAsIs(_context, "m1", _clock)).Code);
    }

    [Fact]
    public void Validate_AfterClose_IsAllowed()
    {
        var closed = new AssessmentContext(_context.Campaign.Close(_clock), Org.Framework, Profile);
        Assert.Equal(AssessmentStatus.Validated, Complete().AcceptAsIs(closed, "m1", _clock).Status);
    }

    [Fact]
    public void DeclareTimeShares_UnknownBlock_IsRefused()
    {
        var shares = TimeShares.FromPercentages(new Dictionary<string, double> { ["9.9"] = 100 });
        Assert.Equal("framework.unknown-block", Assert.Throws<DomainRuleException>(() => Start().DeclareTimeShares(_context, shares, _clock)).Code);
    }

    private Assessment Start() => Assessment.Start(_context, Agent, _clock);

    private Assessment Complete() => Start()
        .AnswerBlock(_context, "1.1", Answers(("1.1.1", LevelAnswer.Of(2)), ("1.1.2", LevelAnswer.Of(3))), null, _clock)
        .AnswerBlock(_context, "2.2", Answers(("2.2.1", LevelAnswer.Of(1))), null, _clock)
        .Submit(_context, _clock);

    private static Dictionary<string, LevelAnswer> Answers(params (string Code, LevelAnswer Answer)[] answers) => answers.ToDictionary(a => a.Code, a => a.Answer);
}
