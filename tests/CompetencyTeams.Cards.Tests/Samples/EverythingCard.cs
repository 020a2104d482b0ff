using CompetencyTeams.Cards.Actions;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Cards.Inputs;

namespace CompetencyTeams.Cards.Tests.Samples;

/// <summary>A card that uses every element, input and action type of the model, and every root property.</summary>
internal static class EverythingCard
{
    public static AdaptiveCard Build() => new()
    {
        Refresh = new Refresh(new ExecuteAction("card.refresh") { Data = new { campaignId = "c1" } }) { UserIds = ["29:1a2b3c"] },
        FallbackText = "Ouvrez Microsoft Teams pour répondre.",
        Speak = "Questionnaire de compétences",
        Lang = "fr",
        Rtl = false,
        MinHeight = "120px",
        VerticalContentAlignment = VerticalContentAlignment.Top,
        MsTeams = TeamsCardProperties.FullWidth,
        Body =
        [
            new TextBlock("Tout le modèle") { Style = TextBlockStyle.Heading, Size = FontSize.Large, Weight = FontWeight.Bolder, Wrap = true },
            new TextBlock("Sous-titre discret") { IsSubtle = true, Color = TextColor.Accent, MaxLines = 2, HorizontalAlignment = HorizontalAlignment.Right, Spacing = Spacing.Small, Separator = true },
            new RichTextBlock([new TextRun("Gras ") { Weight = FontWeight.Bolder }, new TextRun("italique") { Italic = true, Underline = true, Highlight = true }]),
            new Container([new TextBlock("Caché au départ") { Wrap = true }]) { Id = "hidden", IsVisible = false, Style = ContainerStyle.Emphasis, Bleed = true },
            new ColumnSet([
                new Column([new Image("https://example.org/p.png") { AltText = "photo", Style = ImageStyle.Person, Size = ImageSize.Small }]) { Width = ColumnWidth.Auto },
                new Column([new TextBlock("Colonne") { Wrap = true }]) { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalContentAlignment.Center },
                new Column([new TextBlock("50 px")]) { Width = ColumnWidth.Pixels(50) },
            ]) { Style = ContainerStyle.Default },
            new FactSet([new Fact("Campagne", "Accueil 2026"), new Fact("Échéance", "30 juin")]),
            new Table(
                [new TableColumnDefinition(3), new TableColumnDefinition(1)],
                [
                    new TableRow([new TableCell([new TextBlock("Bloc")]), new TableCell([new TextBlock("%")])]) { Style = ContainerStyle.Accent },
                    new TableRow([new TableCell([new TextBlock("Accueil")]), new TableCell([new TextBlock("40")])]),
                ]) { FirstRowAsHeader = true, ShowGridLines = true, Fallback = new TextBlock("Accueil : 40 %") { Wrap = true } },
            new ChoiceSetInput("level", [new Choice("Niveau 1", "1"), new Choice("Niveau 2", "2"), new Choice("Non concerné", "na")])
            {
                Style = ChoiceInputStyle.Expanded, Label = "Niveau", IsRequired = true, ErrorMessage = "Choisissez un niveau", Value = "2",
            },
            new ChoiceSetInput("levers", [new Choice("Formation", "training"), new Choice("Mobilité", "mobility")])
            {
                Style = ChoiceInputStyle.Compact, IsMultiSelect = true, Label = "Leviers", Placeholder = "Choisir",
            },
            new TextInput("comment") { IsMultiline = true, MaxLength = 500, Placeholder = "Commentaire", Label = "Commentaire", Regex = "^[^<>]*$", Value = "" },
            new NumberInput("share") { Min = 0, Max = 100, Value = 40, Label = "Part du temps (%)", IsRequired = true, ErrorMessage = "Entre 0 et 100" },
            new ToggleInput("consent", "J’ai lu la notice de confidentialité") { Label = "Confidentialité", Wrap = true },
            new TextBlock("Déposé si non pris en charge") { Fallback = Fallback<CardElement>.Drop, Requires = new Dictionary<string, string> { ["adaptiveCards"] = "1.2" } },
            new ActionSet([
                new ExecuteAction("questionnaire.save")
                {
                    Title = "Enregistrer", Data = new { campaignId = "c1", block = "B1" }, AssociatedInputs = AssociatedInputs.Auto,
                    Fallback = new SubmitAction { Title = "Enregistrer", Data = new { verb = "questionnaire.save", campaignId = "c1" } },
                },
                new ToggleVisibilityAction(["hidden"]) { Title = "Afficher" },
            ]),
        ],
        Actions =
        [
            new ExecuteAction("questionnaire.submit") { Title = "Envoyer", Style = ActionStyle.Positive, Id = "submit", IsEnabled = true, Tooltip = "Envoyer" },
            new SubmitAction { Title = "Plus tard", AssociatedInputs = AssociatedInputs.None, Mode = ActionMode.Secondary },
            new ShowCardAction(new AdaptiveCard { Body = [new TextBlock("Vos réponses sont vues par vous et votre manager.") { Wrap = true }] }) { Title = "Qui voit mes réponses ?" },
            new OpenUrlAction("https://teams.microsoft.com/l/entity/app/tab") { Title = "Ouvrir l’onglet", Fallback = Fallback<CardAction>.Drop },
        ],
    };
}
