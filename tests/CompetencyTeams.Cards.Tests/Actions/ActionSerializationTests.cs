using System.Text.Json.Nodes;
using CompetencyTeams.Cards.Actions;
using CompetencyTeams.Cards.Elements;

namespace CompetencyTeams.Cards.Tests.Actions;

public sealed class ActionSerializationTests
{
    private sealed record BlockData(string CampaignId, string BlockCode);

    [Fact]
    public void ExecuteAction_WithRecordData_WritesVerbCamelCaseDataAndCommonProperties()
    {
        var action = new ExecuteAction("questionnaire.next")
        {
            Title = "Suivant", Id = "next", Data = new BlockData("camp-1", "B2"), AssociatedInputs = AssociatedInputs.Auto,
            Style = ActionStyle.Positive, IsEnabled = true, Tooltip = "Bloc suivant", Mode = ActionMode.Primary,
        };

        Assert.Equal(
            """{"type":"Action.Execute","title":"Suivant","verb":"questionnaire.next","data":{"campaignId":"camp-1","blockCode":"B2"},"associatedInputs":"Auto","id":"next","style":"positive","isEnabled":true,"tooltip":"Bloc suivant","mode":"primary"}""",
            Json.Of(action));
    }

    [Fact]
    public void ExecuteAction_WithSubmitFallback_WritesTheFallbackAsAnActionSubmit()
    {
        var action = new ExecuteAction("questionnaire.save")
        {
            Title = "Enregistrer",
            Data = new JsonObject { ["campaignId"] = "c" },
            Fallback = new SubmitAction { Title = "Enregistrer", Data = new JsonObject { ["verb"] = "questionnaire.save", ["campaignId"] = "c" } },
        };

        Assert.Equal(
            """{"type":"Action.Execute","title":"Enregistrer","verb":"questionnaire.save","data":{"campaignId":"c"},"fallback":{"type":"Action.Submit","title":"Enregistrer","data":{"verb":"questionnaire.save","campaignId":"c"}}}""",
            Json.Of(action));
    }

    [Fact]
    public void SubmitAction_WithoutInputs_WritesAssociatedInputsNone()
    {
        Assert.Equal(
            """{"type":"Action.Submit","title":"Annuler","associatedInputs":"None","mode":"secondary"}""",
            Json.Of(new SubmitAction { Title = "Annuler", AssociatedInputs = AssociatedInputs.None, Mode = ActionMode.Secondary }));
    }

    [Fact]
    public void ToggleVisibilityAction_WithForcedState_WritesIsVisible()
    {
        var action = new ToggleVisibilityAction(["a", new TargetElement("b") { IsVisible = true }]) { Title = "Détails" };

        Assert.Equal(
            """{"type":"Action.ToggleVisibility","title":"Détails","targetElements":[{"type":"TargetElement","elementId":"a"},{"type":"TargetElement","elementId":"b","isVisible":true}]}""",
            Json.Of(action));
    }

    [Fact]
    public void ShowCardAction_WritesTheNestedCard()
    {
        var action = new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("Notice")] }) { Title = "Confidentialité" };

        Assert.Equal(
            """{"type":"Action.ShowCard","title":"Confidentialité","card":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Notice"}]}}""",
            Json.Of(action));
    }

    [Fact]
    public void Action_WithDropFallback_WritesTheStringDrop()
    {
        Assert.Equal(
            """{"type":"Action.OpenUrl","title":"x","url":"https://example.org","fallback":"drop"}""",
            Json.Of(new OpenUrlAction("https://example.org") { Title = "x", Fallback = Fallback<CardAction>.Drop }));
    }
}
