using CompetencyTeams.Cards.Elements;
using CompetencyTeams.TestSupport.Cards;
using Xunit.Sdk;

namespace CompetencyTeams.Cards.Tests.Validation;

/// <summary>The validators can fail: each kind of mistake is reported by the validator that knows about it.</summary>
[Collection(CardValidatorsCollection.Name)]
public sealed class InvalidCardDetectionTests(AdaptiveCardValidators validators)
{
    private static NamedCardJson Card(string name, string body, string extra = "") =>
        new(name, $$"""{"type":"AdaptiveCard","version":"1.5"{{extra}},"body":[{{body}}]}""");

    private async Task<(CardCheckResult Schema, CardCheckResult Renderer)> CheckBothAsync(NamedCardJson card)
    {
        var schema = await AdaptiveCardSchemaValidator.LoadAsync();
        return (schema.Check(card), await validators.Renderer.CheckAsync(card));
    }

    [RequiresCardValidatorsFact]
    public async Task UnknownElementType_IsReportedByBoth()
    {
        var (schema, renderer) = await CheckBothAsync(Card("carousel", """{"type":"Carousel","pages":[]}"""));

        Assert.NotEmpty(schema.Errors);
        Assert.Contains(renderer.Errors, e => e.Code == "UnknownElementType");
    }

    [RequiresCardValidatorsFact]
    public async Task BadEnumValue_IsReportedByBoth()
    {
        var (schema, renderer) = await CheckBothAsync(Card("huge", """{"type":"TextBlock","text":"x","size":"huge"}"""));

        Assert.Contains(schema.Errors, e => e.Message.Contains("size", StringComparison.Ordinal));
        Assert.Contains(renderer.Errors, e => e.Code == "InvalidPropertyValue");
    }

    [RequiresCardValidatorsFact]
    public async Task PropertyIntroducedIn16_IsReportedByBoth()
    {
        var card = Card("role", """{"type":"ActionSet","actions":[{"type":"Action.Execute","verb":"v","title":"t","role":"Button"}]}""");

        var (schema, renderer) = await CheckBothAsync(card);

        Assert.Contains(schema.Errors, e => e.Message.Contains("role", StringComparison.Ordinal));
        Assert.Contains(renderer.Errors, e => e.Code == "UnsupportedProperty");
    }

    [RequiresCardValidatorsFact]
    public async Task CardDeclaring16_IsReportedByTheRendererHarness()
    {
        var result = await validators.Renderer.CheckAsync(new NamedCardJson("v1.6", """{"type":"AdaptiveCard","version":"1.6","body":[]}"""));

        Assert.Contains(result.Errors, e => e.Code == "CardVersionAboveTarget");
    }

    [RequiresCardValidatorsFact]
    public async Task MisspelledProperty_IsReportedByTheSchemaThatTheRendererTolerates()
    {
        var (schema, renderer) = await CheckBothAsync(Card("colour", """{"type":"TextBlock","text":"x","colour":"good"}"""));

        Assert.Contains(schema.Errors, e => e.Message.Contains("colour", StringComparison.Ordinal));
        Assert.Empty(renderer.Errors);
    }

    [RequiresCardValidatorsFact]
    public async Task RequiredInputWithoutLabel_IsReportedByTheRenderer()
    {
        var result = await validators.Renderer.CheckAsync(Card("unlabelled", """{"type":"Input.Text","id":"a","isRequired":true}"""));

        Assert.Contains(result.Errors, e => e.Code == "RequiredInputsShouldHaveLabel");
        Assert.Contains(result.Errors, e => e.Code == "RequiredInputsShouldHaveErrorMessage");
    }

    [RequiresCardValidatorsFact]
    public async Task DuplicateIds_AreReportedByTheRenderer()
    {
        var json = new AdaptiveCard { Body = [new TextBlock("a") { Id = "x" }, new TextBlock("b") { Id = "x" }] }.ToJson();

        var result = await validators.Renderer.CheckAsync(new NamedCardJson("duplicates", json));

        Assert.Contains(result.Errors, e => e.Code == "DuplicateId");
    }

    [RequiresCardSchemaFact]
    public async Task TeamsWidthOtherThanFull_IsReportedByTheSchema()
    {
        var schema = await AdaptiveCardSchemaValidator.LoadAsync();

        Assert.Empty(schema.Validate("""{"type":"AdaptiveCard","version":"1.5","body":[],"msteams":{"width":"Full"}}"""));
        Assert.NotEmpty(schema.Validate("""{"type":"AdaptiveCard","version":"1.5","body":[],"msteams":{"width":"Wide"}}"""));
        Assert.NotEmpty(schema.Validate("""{"type":"AdaptiveCard","version":"1.5","body":[],"msteams":{"wdth":"Full"}}"""));
    }

    [RequiresCardValidatorsFact]
    public async Task NotJson_IsReportedByBoth()
    {
        var (schema, renderer) = await CheckBothAsync(new NamedCardJson("broken", "{not json"));

        Assert.Contains(schema.Errors, e => e.Code == "InvalidJson");
        Assert.Contains(renderer.Errors, e => e.Code == "InvalidJson");
    }

    [RequiresCardValidatorsFact]
    public async Task AssertAllValid_OneBadCardAmongGood_FailsNamingTheBadCard()
    {
        var good = new NamedCardJson("good", new AdaptiveCard { Body = [new TextBlock("ok")] }.ToJson());
        var bad = Card("the bad one", """{"type":"TextBlock","text":"x","weight":"heavy"}""");

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => validators.AssertAllValidAsync([good, bad]));

        Assert.Contains("1 of 2 cards are invalid", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the bad one", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("- good", failure.Message, StringComparison.Ordinal);
    }
}
