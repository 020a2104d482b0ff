using CompetencyTeams.Cards.Actions;
using CompetencyTeams.Cards.Elements;

namespace CompetencyTeams.Cards.Tests.Elements;

public sealed class ElementSerializationTests
{
    [Fact]
    public void TextBlock_AllProperties_WritesSchemaNamesAndEnumStrings()
    {
        var block = new TextBlock("Bloc 2/9")
        {
            Wrap = true, Size = FontSize.ExtraLarge, Weight = FontWeight.Bolder, Color = TextColor.Accent, IsSubtle = true,
            HorizontalAlignment = HorizontalAlignment.Center, MaxLines = 3, Style = TextBlockStyle.Heading,
            Id = "title", Spacing = Spacing.ExtraLarge, Separator = true, IsVisible = false,
        };

        Assert.Equal(
            """{"type":"TextBlock","text":"Bloc 2/9","wrap":true,"size":"extraLarge","weight":"bolder","color":"accent","isSubtle":true,"horizontalAlignment":"center","maxLines":3,"style":"heading","id":"title","spacing":"extraLarge","separator":true,"isVisible":false}""",
            Json.Of(block));
    }

    [Fact]
    public void TextBlock_OnlyText_OmitsEveryUnsetProperty()
    {
        Assert.Equal("""{"type":"TextBlock","text":"Bonjour"}""", Json.Of(new TextBlock("Bonjour")));
    }

    [Fact]
    public void TextBlock_FrenchText_KeepsAccentsUnescapedButEscapesHtml()
    {
        Assert.Equal("""{"type":"TextBlock","text":"Évaluez \u003Cb\u003E l’accueil"}""", Json.Of(new TextBlock("Évaluez <b> l’accueil")));
    }

    [Fact]
    public void RichTextBlock_WithRuns_WritesTextRunTypeAndFormatting()
    {
        var rich = new RichTextBlock([
            new TextRun("Niveau ") { Weight = FontWeight.Bolder },
            new TextRun("3") { Italic = true, Color = TextColor.Good, Highlight = true, Strikethrough = false, Underline = true },
        ]) { HorizontalAlignment = HorizontalAlignment.Right };

        Assert.Equal(
            """{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"Niveau ","weight":"bolder"},{"type":"TextRun","text":"3","color":"good","italic":true,"strikethrough":false,"highlight":true,"underline":true}],"horizontalAlignment":"right"}""",
            Json.Of(rich));
    }

    [Fact]
    public void Container_StyledWithSelectAction_WritesItemsStyleBleedAndAction()
    {
        var container = new Container([new TextBlock("Savoirs associés")])
        {
            Style = ContainerStyle.Emphasis, Bleed = true, Id = "details-C1", IsVisible = false,
            SelectAction = new ToggleVisibilityAction(["details-C1"]), VerticalContentAlignment = VerticalContentAlignment.Top,
        };

        Assert.Equal(
            """{"type":"Container","items":[{"type":"TextBlock","text":"Savoirs associés"}],"style":"emphasis","bleed":true,"selectAction":{"type":"Action.ToggleVisibility","targetElements":[{"type":"TargetElement","elementId":"details-C1"}]},"verticalContentAlignment":"top","id":"details-C1","isVisible":false}""",
            Json.Of(container));
    }

    [Fact]
    public void ColumnSet_WithWidths_WritesAutoStretchWeightAndPixels()
    {
        var set = new ColumnSet([
            new Column([new TextBlock("a")]) { Width = ColumnWidth.Auto },
            new Column([new TextBlock("b")]) { Width = ColumnWidth.Stretch, Style = ContainerStyle.Good },
            new Column([new TextBlock("c")]) { Width = ColumnWidth.Weight(2) },
            new Column([new TextBlock("d")]) { Width = ColumnWidth.Pixels(50), VerticalContentAlignment = VerticalContentAlignment.Center },
        ]);

        Assert.Equal(
            """{"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"TextBlock","text":"a"}],"width":"auto"},{"type":"Column","items":[{"type":"TextBlock","text":"b"}],"width":"stretch","style":"good"},{"type":"Column","items":[{"type":"TextBlock","text":"c"}],"width":2},{"type":"Column","items":[{"type":"TextBlock","text":"d"}],"width":"50px","verticalContentAlignment":"center"}]}""",
            Json.Of(set));
    }

    [Fact]
    public void ColumnWidth_NonPositive_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weight(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(-1));
    }

    [Fact]
    public void FactSet_WritesTitleValuePairs()
    {
        Assert.Equal(
            """{"type":"FactSet","facts":[{"title":"Échéance","value":"30/06"}]}""",
            Json.Of(new FactSet([new Fact("Échéance", "30/06")])));
    }

    [Fact]
    public void Image_WithSizeAndStyle_WritesUrlAltTextAndEnums()
    {
        var image = new Image("https://example.org/a.png") { AltText = "logo", Size = ImageSize.Small, Style = ImageStyle.Person, Width = "48px" };

        Assert.Equal(
            """{"type":"Image","url":"https://example.org/a.png","altText":"logo","size":"small","style":"person","width":"48px"}""",
            Json.Of(image));
    }

    [Fact]
    public void ActionSet_WritesActionsWithTheirTypes()
    {
        Assert.Equal(
            """{"type":"ActionSet","actions":[{"type":"Action.OpenUrl","title":"Aide","url":"https://example.org"}]}""",
            Json.Of(new ActionSet([new OpenUrlAction("https://example.org") { Title = "Aide" }])));
    }

    [Fact]
    public void Table_WritesColumnsRowsAndCellsWithTypes()
    {
        var table = new Table(
            [new TableColumnDefinition(2), new TableColumnDefinition(1)],
            [new TableRow([new TableCell([new TextBlock("Bloc")]), new TableCell([new TextBlock("%")])]) { Style = ContainerStyle.Accent }])
        {
            FirstRowAsHeader = true, ShowGridLines = false, GridStyle = ContainerStyle.Accent,
        };

        Assert.Equal(
            """{"type":"Table","columns":[{"type":"TableColumnDefinition","width":2},{"type":"TableColumnDefinition","width":1}],"rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[{"type":"TextBlock","text":"Bloc"}]},{"type":"TableCell","items":[{"type":"TextBlock","text":"%"}]}],"style":"accent"}],"firstRowAsHeader":true,"showGridLines":false,"gridStyle":"accent"}""",
            Json.Of(table));
    }

    [Fact]
    public void Element_WithRequiresAndElementFallback_WritesBothWithTheFallbackType()
    {
        var table = new Table([new TableColumnDefinition(1)], [])
        {
            Requires = new Dictionary<string, string> { ["adaptiveCards"] = "1.5" },
            Fallback = new TextBlock("Tableau indisponible"),
        };

        Assert.Equal(
            """{"type":"Table","columns":[{"type":"TableColumnDefinition","width":1}],"rows":[],"fallback":{"type":"TextBlock","text":"Tableau indisponible"},"requires":{"adaptiveCards":"1.5"}}""",
            Json.Of(table));
    }

    [Fact]
    public void Element_WithDropFallback_WritesTheStringDrop()
    {
        Assert.Equal(
            """{"type":"TextBlock","text":"x","fallback":"drop"}""",
            Json.Of(new TextBlock("x") { Fallback = Fallback<CardElement>.Drop }));
    }
}
