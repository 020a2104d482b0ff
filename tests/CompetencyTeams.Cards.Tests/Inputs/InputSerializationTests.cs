using CompetencyTeams.Cards.Inputs;

namespace CompetencyTeams.Cards.Tests.Inputs;

public sealed class InputSerializationTests
{
    [Fact]
    public void ChoiceSetInput_Expanded_WritesChoicesLabelValidationAndValue()
    {
        var input = new ChoiceSetInput("level-AFR-01", [new Choice("Niveau 1 — Notions", "1"), new Choice("Non concerné", "na")])
        {
            Style = ChoiceInputStyle.Expanded, Label = "Votre niveau", IsRequired = true, ErrorMessage = "Choisissez un niveau",
            Value = "1", IsMultiSelect = false, Wrap = true,
        };

        Assert.Equal(
            """{"type":"Input.ChoiceSet","choices":[{"title":"Niveau 1 — Notions","value":"1"},{"title":"Non concerné","value":"na"}],"style":"expanded","isMultiSelect":false,"value":"1","wrap":true,"label":"Votre niveau","isRequired":true,"errorMessage":"Choisissez un niveau","id":"level-AFR-01"}""",
            Json.Of(input));
    }

    [Fact]
    public void ChoiceSetInput_CompactMultiSelect_WritesStyleCompact()
    {
        var input = new ChoiceSetInput("c", [new Choice("A", "a")]) { Style = ChoiceInputStyle.Compact, IsMultiSelect = true, Placeholder = "…" };

        Assert.Equal(
            """{"type":"Input.ChoiceSet","choices":[{"title":"A","value":"a"}],"style":"compact","isMultiSelect":true,"placeholder":"…","id":"c"}""",
            Json.Of(input));
    }

    [Fact]
    public void TextInput_Multiline_WritesLengthPlaceholderRegexAndStyle()
    {
        var input = new TextInput("comment-B1")
        {
            IsMultiline = true, MaxLength = 1000, Placeholder = "Commentaire (facultatif)", Value = "déjà saisi", Regex = "^.{0,1000}$",
            Style = TextInputStyle.Text, Label = "Commentaire",
        };

        Assert.Equal(
            """{"type":"Input.Text","isMultiline":true,"maxLength":1000,"placeholder":"Commentaire (facultatif)","value":"déjà saisi","regex":"^.{0,1000}$","style":"text","label":"Commentaire","id":"comment-B1"}""",
            Json.Of(input));
    }

    [Fact]
    public void NumberInput_WritesMinMaxAndValueAsNumbers()
    {
        var input = new NumberInput("share-B1") { Min = 0, Max = 100, Value = 12.5, Label = "Part du temps (%)" };

        Assert.Equal(
            """{"type":"Input.Number","min":0,"max":100,"value":12.5,"label":"Part du temps (%)","id":"share-B1"}""",
            Json.Of(input));
    }

    [Fact]
    public void ToggleInput_WritesTitleAndOnOffValues()
    {
        var input = new ToggleInput("consent", "J’ai lu la notice") { Value = "yes", ValueOn = "yes", ValueOff = "no", Wrap = true };

        Assert.Equal(
            """{"type":"Input.Toggle","title":"J’ai lu la notice","value":"yes","valueOn":"yes","valueOff":"no","wrap":true,"id":"consent"}""",
            Json.Of(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Input_WithoutId_IsRejected(string id)
    {
        Assert.ThrowsAny<ArgumentException>(() => new TextInput(id));
    }
}
