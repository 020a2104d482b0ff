using System.Text;
using System.Text.Json;
using CompetencyTeams.Cards.Actions;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Cards.Serialization;

namespace CompetencyTeams.Cards.Tests;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void ToJson_EmptyCard_WritesTypeVersion15AndEmptyBodyOnly()
    {
        Assert.Equal("""{"type":"AdaptiveCard","version":"1.5","body":[]}""", new AdaptiveCard().ToJson());
    }

    [Fact]
    public void ToJson_RootProperties_WritesRefreshUserIdsMsTeamsAndTexts()
    {
        var card = new AdaptiveCard
        {
            Refresh = new Refresh(new ExecuteAction("questionnaire.refresh") { Data = new { campaignId = "c1" } }) { UserIds = ["29:abc"] },
            Body = [new TextBlock("Bonjour")],
            Actions = [new ExecuteAction("questionnaire.start") { Title = "Commencer" }],
            FallbackText = "Ouvrez Teams pour répondre.",
            Speak = "Bonjour",
            Lang = "fr",
            Rtl = false,
            MinHeight = "100px",
            MsTeams = TeamsCardProperties.FullWidth,
        };

        Assert.Equal(
            """{"type":"AdaptiveCard","version":"1.5","refresh":{"action":{"type":"Action.Execute","verb":"questionnaire.refresh","data":{"campaignId":"c1"}},"userIds":["29:abc"]},"body":[{"type":"TextBlock","text":"Bonjour"}],"actions":[{"type":"Action.Execute","title":"Commencer","verb":"questionnaire.start"}],"fallbackText":"Ouvrez Teams pour répondre.","speak":"Bonjour","lang":"fr","rtl":false,"minHeight":"100px","msteams":{"width":"Full"}}""",
            card.ToJson());
    }

    [Fact]
    public void ToJson_RefreshWithEmptyUserIds_KeepsTheEmptyListForManualRefresh()
    {
        var card = new AdaptiveCard { Refresh = new Refresh(new ExecuteAction("r")) { UserIds = [] } };

        Assert.Equal(
            """{"type":"AdaptiveCard","version":"1.5","refresh":{"action":{"type":"Action.Execute","verb":"r"},"userIds":[]},"body":[]}""",
            card.ToJson());
    }

    [Fact]
    public void ToJsonNode_MatchesToJson()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("é") { Wrap = true }], Lang = "fr" };

        Assert.Equal(card.ToJson(), card.ToJsonNode().ToJsonString(CardJson.Options));
        Assert.Equal("TextBlock", (string?)card.ToJsonNode()["body"]![0]!["type"]);
    }

    [Fact]
    public void Utf8Size_CountsBytesNotCharacters()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("éééé")] };

        Assert.Equal(Encoding.UTF8.GetByteCount(card.ToJson()), card.Utf8Size());
        Assert.Equal(card.ToJson().Length + 4, card.Utf8Size());
    }

    [Fact]
    public void ToJson_Output_ParsesBackAsJson()
    {
        var json = new AdaptiveCard { Body = [new TextBlock("\"quoted\" \\ back\nline")] }.ToJson();

        using var document = JsonDocument.Parse(json);
        Assert.Equal("\"quoted\" \\ back\nline", document.RootElement.GetProperty("body")[0].GetProperty("text").GetString());
    }
}
