using System.Text.Json;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Tests.Features.Questionnaire;

public sealed class QuestionnaireRequestTests
{
    [Fact]
    public void Parse_ExecuteDataWithInputs_ReadsCampaignBlockAnswersAndComment()
    {
        var request = QuestionnaireRequest.Parse("next", Json("""{"ct":"questionnaire","verb":"next","campaignId":"c1","block":"1.1","answer:1.1.1":"3","answer:1.1.2":"na","answer:1.1.3":"","comment":"ok"}"""));

        Assert.Equal(("next", "c1", "1.1"), (request.Verb, request.CampaignId, request.Block));
        Assert.Equal(LevelAnswer.Of(3), request.Answers["1.1.1"]);
        Assert.Equal(LevelAnswer.NotApplicable, request.Answers["1.1.2"]);
        Assert.Equal(LevelAnswer.NotAssessed, request.Answers["1.1.3"]);
        Assert.Equal("ok", request.Comment);
    }

    [Fact]
    public void Parse_SubmitFallbackWithoutVerb_TakesVerbFromData()
    {
        var request = QuestionnaireRequest.Parse(null, Json("""{"ct":"questionnaire","verb":"timeshares","campaignId":"c1","share:1.1":"60,5","share:2.1":"39.5","shareUnit":"hours"}"""));

        Assert.Equal("timeshares", request.Verb);
        Assert.Equal(60.5, request.Shares["1.1"]);
        Assert.True(request.SharesInHours);
        Assert.Null(request.Comment);
    }

    [Theory]
    [InlineData("""{"verb":"drop-tables","campaignId":"c1"}""", "questionnaire.unknown-verb")]
    [InlineData("""{"verb":"next","campaignId":"c1","answer:1.1.1":"trois"}""", "questionnaire.bad-level")]
    [InlineData("""{"verb":"next","campaignId":"c1","answer:1.1.1":"-1"}""", "questionnaire.bad-level")]
    [InlineData("""{"verb":"next","campaignId":{"id":"c1"}}""", "questionnaire.bad-data")]
    [InlineData("""{"verb":"timeshares","campaignId":"c1","share:1.1":"NaN"}""", "questionnaire.bad-number")]
    [InlineData("""[1,2]""", "questionnaire.bad-data")]
    public void Parse_MalformedData_RefusedWithStableCode(string data, string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => QuestionnaireRequest.Parse(null, Json(data)));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public void Parse_OverlongCampaignId_Refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => QuestionnaireRequest.Parse("start", Json($$"""{"campaignId":"{{new string('x', 500)}}"}""")));

        Assert.Equal("questionnaire.bad-data", refused.Code);
    }

    [Fact]
    public void IsQuestionnaireData_OtherMessageValues_False()
    {
        Assert.True(QuestionnaireRequest.IsQuestionnaireData(Json("""{"ct":"questionnaire"}""")));
        Assert.False(QuestionnaireRequest.IsQuestionnaireData(Json("""{"ct":"other"}""")));
        Assert.False(QuestionnaireRequest.IsQuestionnaireData(null));
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
