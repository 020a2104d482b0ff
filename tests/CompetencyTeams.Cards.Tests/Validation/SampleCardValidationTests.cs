using System.Diagnostics;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Cards.Tests.Samples;
using CompetencyTeams.TestSupport.Cards;
using Xunit.Abstractions;

namespace CompetencyTeams.Cards.Tests.Validation;

/// <summary>Sample cards built with the model pass the official schema and the official renderer (parse, validate, render).</summary>
[Collection(CardValidatorsCollection.Name)]
public sealed class SampleCardValidationTests(AdaptiveCardValidators validators, ITestOutputHelper output)
{
    [RequiresCardValidatorsFact]
    public async Task EverythingCard_BothValidators_ReportNoErrorAndRenderEveryInput()
    {
        var results = await validators.AssertAllValidAsync([new("everything", EverythingCard.Build().ToJson())]);

        Assert.True(results[0].Rendered);
        Assert.Equal(["level", "levers", "comment", "share", "consent"], results[0].InputIds);
    }

    [RequiresCardValidatorsFact]
    public async Task QuestionnaireBlockCards_BothLanguages_ReportNoError()
    {
        var cards = new List<NamedCardJson>
        {
            new("block fr", QuestionnaireSamples.BlockCard(2, 9, 5, french: true).ToJson()),
            new("block en", QuestionnaireSamples.BlockCard(2, 9, 5, french: false).ToJson()),
        };

        var results = await validators.AssertAllValidAsync(cards);

        Assert.Contains("level-B2C5", results[0].InputIds);
        Assert.Contains("comment-B2", results[1].InputIds);
    }

    [RequiresCardValidatorsFact]
    public async Task ConsecutiveCardsWithLang_AreAllValid_DespiteTheRenderersStatefulLangPattern()
    {
        var cards = Enumerable.Range(0, 4).Select(i => new NamedCardJson($"lang {i}", new AdaptiveCard { Lang = "fr", Body = [new TextBlock("Bonjour")] }.ToJson())).ToList();

        var results = await validators.Renderer.CheckAsync(cards);

        Assert.All(results, r => Assert.Empty(r.Errors));
    }

    [RequiresCardValidatorsFact]
    public async Task LargestCardUnderTheLimit_CloseTo80KiB_ReportsNoError()
    {
        var guard = new CardSizeGuard();
        var card = QuestionnaireSamples.LargestBlockCardUnder(guard.LimitBytes);
        var report = guard.Measure(card);
        output.WriteLine($"largest sample card: {report}");

        Assert.True(report.IsWithinLimit);
        Assert.True(report.FractionOfLimit > 0.9, $"the sample should be close to the limit: {report}");
        await validators.AssertAllValidAsync([new("largest block card", guard.ToJsonWithinLimit(card))]);
    }

    [RequiresCardValidatorsFact]
    public async Task Batch_OfMoreThan200Cards_ReportsNoErrorInSeconds()
    {
        var cards = QuestionnaireSamples.Batch(copies: 12).Select(s => new NamedCardJson(s.Name, s.Card.ToJson())).ToList();
        DumpForTheCommandLine(cards);
        await validators.CheckAsync([cards[0]]); // loads the schema and starts the browser: the timing below is validation only

        var clock = Stopwatch.StartNew();
        var results = await validators.CheckAsync(cards);
        var elapsed = clock.Elapsed;

        var megabytes = cards.Sum(c => c.Json.Length) / 1e6;
        output.WriteLine($"{cards.Count} cards ({megabytes:F1} MB) through schema + renderer (parse, validate, render): {elapsed.TotalMilliseconds:F0} ms");
        Assert.True(cards.Count >= 200);
        Assert.All(results, r => Assert.True(r.IsValid && r.Rendered, $"{r.Name}: {string.Join("; ", r.Errors)}"));
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"validation took {elapsed}");
    }

    /// <summary>With CT_CARDS_DUMP_DIR set, writes the batch as files for tools/cards/validate-cards.js.</summary>
    private static void DumpForTheCommandLine(List<NamedCardJson> cards)
    {
        if (Environment.GetEnvironmentVariable("CT_CARDS_DUMP_DIR") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        for (var i = 0; i < cards.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"card-{i:D3}.json"), cards[i].Json);
        }
    }
}
