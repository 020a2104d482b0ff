using System.Text.Json.Nodes;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.TestSupport.Cards;
using Xunit.Abstractions;

namespace CompetencyTeams.App.Tests.Features.Questionnaire;

[Collection(QuestionnaireCardCollection.Name)]
public sealed class QuestionnaireCardTests(AdaptiveCardValidators validators, ITestOutputHelper output)
{
    [RequiresCardValidatorsFact]
    public async Task EveryCard_EveryBlockStateAndLanguage_PassesOfficialRendererAndSchema()
    {
        var cards = QuestionnaireCardCatalog.All().Select(c => new NamedCardJson(c.Name, c.Card.ToJson())).ToList();

        var results = await validators.AssertAllValidAsync(cards);

        output.WriteLine($"{results.Count} cards valid; largest {cards.Max(c => System.Text.Encoding.UTF8.GetByteCount(c.Json))} bytes");
        Assert.True(results.Count > 250);
        Assert.All(results, r => Assert.True(r.Rendered, r.Name));
    }

    [RequiresCardValidatorsFact]
    public async Task LargestBlockCard_LongestCommentOfEscapedCharacters_StaysUnder80KbAndValid()
    {
        var clock = QuestionnaireTestData.ClockInCampaign();
        var context = QuestionnaireTestData.Context(QuestionnaireTestData.RunningCampaign());
        var worstComment = string.Concat(Enumerable.Repeat("<é€\"", AssessmentLimits.MaxCommentLength / 4));
        var assessment = QuestionnaireTestData.Answered(context, context.Blocks.Count, clock, worstComment);
        var guard = new CardSizeGuard();
        var cards = QuestionnaireCardCatalog.Locales.SelectMany(locale =>
        {
            var s = QuestionnaireTestData.Snapshot(context, assessment, clock.GetUtcNow(), locale);
            return context.Blocks.Select(b => (Name: $"{locale} block {b.Code}", Card: BlockCard.Build(s, b.Code))).Append((Name: $"{locale} review", Card: ReviewCard.Build(s)));
        }).ToList();

        var largest = cards.MaxBy(c => c.Card.Utf8Size());
        output.WriteLine($"largest: {largest.Name}, {guard.Measure(largest.Card)}");

        Assert.All(cards, c => Assert.True(guard.Measure(c.Card).IsWithinLimit, c.Name));
        await validators.AssertAllValidAsync([.. cards.Select(c => new NamedCardJson(c.Name, guard.ToJsonWithinLimit(c.Card)))]);
    }

    [Fact]
    public void EveryCard_Actions_ExecuteWithSubmitFallbackAndDataNamingNoPerson()
    {
        foreach (var (name, card) in QuestionnaireCardCatalog.All())
        {
            var json = card.ToJsonNode();
            Assert.DoesNotContain("6f0b1c2d", json.ToJsonString(), StringComparison.Ordinal);
            foreach (var action in Actions(json).Where(a => (string?)a["type"] == "Action.Execute"))
            {
                var fallback = action["fallback"]?.AsObject();
                Assert.True(fallback is not null && (string?)fallback["type"] == "Action.Submit", $"{name}: {action["verb"]} has no Action.Submit fallback");
                Assert.Equal((string?)action["verb"], (string?)action["data"]!["verb"]);
                Assert.Equal((string?)action["verb"], (string?)fallback!["data"]!["verb"]);
                Assert.All(action["data"]!.AsObject().Select(p => p.Key), key => Assert.True(key is "verb" or "campaignId" or "block" or "view" or "ct" || IsInputEchoedForRetry(name, key), $"{name}: data key {key}"));
            }
        }
    }

    // The "not saved" card's retry button carries back the person's own inputs (never who they are).
    private static bool IsInputEchoedForRetry(string card, string key) =>
        card.Contains("/error storage", StringComparison.Ordinal)
        && (key.StartsWith(QuestionnaireInputs.AnswerPrefix, StringComparison.Ordinal) || key.StartsWith(QuestionnaireInputs.SharePrefix, StringComparison.Ordinal) || key is QuestionnaireInputs.Comment or QuestionnaireInputs.ShareUnit);

    [Fact]
    public void QuestionnaireCards_Refresh_TargetsTheAgentWithTheRefreshVerb()
    {
        foreach (var (name, card) in QuestionnaireCardCatalog.All().Where(c => !c.Name.Contains("/error", StringComparison.Ordinal) && !c.Name.Contains("/help", StringComparison.Ordinal) && !c.Name.Contains("/notice", StringComparison.Ordinal)))
        {
            Assert.True(card.Refresh is not null, name);
            Assert.Equal(QuestionnaireVerbs.Refresh, card.Refresh!.Action.Verb);
            Assert.Equal([QuestionnaireTestData.ChannelUserId], card.Refresh.UserIds);
        }
    }

    [Fact]
    public void BlockCard_SavedAnswers_ArePreselectedWithScaleAndNotApplicable()
    {
        var clock = QuestionnaireTestData.ClockInCampaign();
        var context = QuestionnaireTestData.Context(QuestionnaireTestData.RunningCampaign());
        var assessment = QuestionnaireTestData.Answered(context, 1, clock);
        var block = context.Blocks[0];

        var json = BlockCard.Build(QuestionnaireTestData.Snapshot(context, assessment, clock.GetUtcNow(), "fr-FR"), block.Code).ToJsonNode();
        var inputs = Descendants(json).Where(n => (string?)n["type"] == "Input.ChoiceSet").ToList();

        Assert.Equal(context.CompetenciesOf(block).Count, inputs.Count);
        Assert.Equal("na", (string?)inputs[0]["value"]);
        Assert.Equal("2", (string?)inputs[1]["value"]);
        Assert.Equal("expanded", (string?)inputs[0]["style"]);
        Assert.Equal(["1", "2", "3", "4", "na"], inputs[0]["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal("Non concerné(e)", (string?)inputs[0]["choices"]![4]!["title"]);
        Assert.Contains("Bloc 1/9 · 4/37 réponses", json.ToJsonString(Unescaped), StringComparison.Ordinal);
    }

    [Fact]
    public void BlockCard_English_ShowsEnglishUiAndFrenchFrameworkText()
    {
        var clock = QuestionnaireTestData.ClockInCampaign();
        var context = QuestionnaireTestData.Context(QuestionnaireTestData.RunningCampaign());
        var block = context.Blocks[0];

        var text = BlockCard.Build(QuestionnaireTestData.Snapshot(context, null, clock.GetUtcNow(), "en-US"), block.Code).ToJson();

        Assert.Contains("Block 1/9 · 0/37 answers", text, StringComparison.Ordinal);
        Assert.Contains("Save and finish later", text, StringComparison.Ordinal);
        Assert.Contains(block.Competencies[0].Title, text, StringComparison.Ordinal);
        Assert.Contains("\"lang\":\"en\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewCard_CommentWithScriptAndMarkdown_IsShownAsPlainTextRunOnly()
    {
        var clock = QuestionnaireTestData.ClockInCampaign();
        var context = QuestionnaireTestData.Context(QuestionnaireTestData.RunningCampaign());
        const string Hostile = "<script>alert(1)</script> [clic](javascript:alert(2)) **gras**";
        var assessment = QuestionnaireTestData.Answered(context, 1, clock, Hostile);

        var json = ReviewCard.Build(QuestionnaireTestData.Snapshot(context, assessment, clock.GetUtcNow(), "fr-FR")).ToJsonNode();

        Assert.DoesNotContain("<script", json.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var holders = Descendants(json).Where(n => n.ToJsonString().Contains("javascript:alert(2)", StringComparison.Ordinal) && n["text"] is not null).ToList();
        Assert.NotEmpty(holders);
        Assert.All(holders, n => Assert.Equal("TextRun", (string?)n["type"]));
    }

    [Fact]
    public void ResultCard_ClosedCampaign_ShowsOwnLevelRequiredLevelAndGap()
    {
        var clock = QuestionnaireTestData.ClockInCampaign();
        var campaign = QuestionnaireTestData.RunningCampaign();
        var context = QuestionnaireTestData.Context(campaign);
        var assessment = QuestionnaireTestData.Answered(context, context.Blocks.Count, clock);
        var closed = QuestionnaireTestData.Context(campaign.Close(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(QuestionnaireTestData.Deadline)));
        var first = context.Blocks[0].Competencies[1];

        var json = ResultCard.Build(QuestionnaireTestData.Snapshot(closed, assessment, QuestionnaireTestData.Deadline, "en-US")).ToJsonNode();
        var row = Descendants(json).First(n => (string?)n["type"] == "TableRow" && n.ToJsonString().Contains(first.Code + " ", StringComparison.Ordinal));
        var cells = row["cells"]!.AsArray().Select(c => (string?)c!["items"]![0]!["text"]).ToList();

        var required = context.Profile!.RequiredLevel(first.Code)!.Value;
        var own = assessment.SelfAnswer(first.Code);
        Assert.Equal(AnswerKind.Level, own.Kind);
        Assert.Equal(own.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1]);
        Assert.Equal(required.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[2]);
        Assert.Equal((own.Level - required).ToString("+0;-0;0", System.Globalization.CultureInfo.InvariantCulture), cells[3]);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Buttons of the card and of its action sets (the refresh action is not a button).</summary>
    private static IEnumerable<JsonObject> Actions(JsonObject card) =>
        Descendants(card).SelectMany(o => o["actions"] is JsonArray actions ? actions.OfType<JsonObject>() : []);

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
