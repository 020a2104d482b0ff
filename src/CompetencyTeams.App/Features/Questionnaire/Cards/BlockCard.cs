using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Actions;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Cards.Inputs;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Frameworks;
using T = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireTexts;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>
/// One activity block of the questionnaire: each competency with its description, knowledge and examples behind a
/// toggle, the level scale (labels and descriptors) plus "not applicable", a block comment, progress and navigation.
/// </summary>
public static class BlockCard
{
    public static AdaptiveCard Build(QuestionnaireSnapshot s, string blockCode)
    {
        var locale = s.Locale;
        var index = s.IndexOf(blockCode);
        var block = s.Context.RequireBlock(blockCode);
        var editable = s.Editable;
        var body = new List<CardElement>
        {
            CardFrame.Subtle(T.Progress.Format(locale, index + 1, s.Context.Blocks.Count, s.Answered, s.Total)),
            CardFrame.Heading($"{block.Code} · {block.Title}"),
        };
        foreach (var competency in s.Context.CompetenciesOf(block))
        {
            body.Add(CompetencySection(s, competency, editable));
        }

        var comment = s.Assessment?.BlockComments.GetValueOrDefault(block.Code);
        if (editable)
        {
            body.Add(new TextInput(QuestionnaireInputs.Comment)
            {
                Label = T.BlockComment.For(locale),
                Placeholder = T.BlockCommentPlaceholder.For(locale),
                IsMultiline = true,
                MaxLength = AssessmentLimits.MaxCommentLength,
                Value = comment,
                Separator = true,
                Spacing = Spacing.Large,
            });
        }
        else
        {
            body.Add(CardFrame.Notice(T.ReadOnlyNotice.For(locale), TextColor.Warning));
            if (comment is not null)
            {
                body.Add(CardFrame.Verbatim(comment) with { Separator = true });
            }
        }

        return CardFrame.Build(s.Audience, $"{block.Code} · {block.Title}", body, editable ? Navigation(s, block.Code, index) : null, s.Data(QuestionnaireVerbs.Refresh, block.Code, QuestionnaireViews.Block));
    }

    private static Container CompetencySection(QuestionnaireSnapshot s, Competency competency, bool editable)
    {
        var locale = s.Locale;
        var detailsId = "details:" + competency.Code;
        var items = new List<CardElement>
        {
            new TextBlock($"{competency.Code} · {competency.Title}") { Weight = FontWeight.Bolder, Wrap = true },
            CardFrame.Paragraph(competency.Description),
        };
        if (competency.Knowledge.Count + competency.Examples.Count > 0)
        {
            items.Add(new ActionSet([new ToggleVisibilityAction([detailsId]) { Title = T.KnowledgeAndExamples.For(locale) }]));
            items.Add(new Container(Details(locale, competency)) { Id = detailsId, IsVisible = false, Style = ContainerStyle.Emphasis });
        }

        var answer = s.Assessment?.SelfAnswer(competency.Code) ?? LevelAnswer.NotAssessed;
        if (editable)
        {
            items.Add(new ChoiceSetInput(QuestionnaireInputs.Answer(competency.Code), Choices(s))
            {
                Style = ChoiceInputStyle.Expanded,
                Label = T.YourLevel.Format(locale, competency.ShortTitle ?? competency.Title),
                Value = ChoiceValue(answer),
                Wrap = true,
            });
        }
        else
        {
            items.Add(CardFrame.Paragraph(ReviewCard.AnswerText(s, answer)) with { Weight = FontWeight.Bolder });
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Large };
    }

    private static List<CardElement> Details(string? locale, Competency competency)
    {
        var details = new List<CardElement>();
        if (competency.Knowledge.Count > 0)
        {
            details.Add(new TextBlock(T.Knowledge.For(locale)) { Weight = FontWeight.Bolder, Wrap = true });
            details.Add(CardFrame.Paragraph(string.Join('\n', competency.Knowledge.Select(k => "- " + k))));
        }

        if (competency.Examples.Count > 0)
        {
            details.Add(new TextBlock(T.Examples.For(locale)) { Weight = FontWeight.Bolder, Wrap = true });
            details.Add(CardFrame.Paragraph(string.Join('\n', competency.Examples.Select(e => "- " + e))));
        }

        return details;
    }

    public static IReadOnlyList<Choice> Choices(QuestionnaireSnapshot s)
    {
        var choices = s.Context.Scale.Levels
            .Select(l => new Choice($"{l.Label.For(s.Locale)} — {l.Descriptor.For(s.Locale)}", l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        choices.Add(new Choice(AnswerLabels.NotApplicable.For(s.Locale), QuestionnaireInputs.NotApplicableValue));
        return choices;
    }

    public static string? ChoiceValue(LevelAnswer answer) => answer.Kind switch
    {
        AnswerKind.Level => answer.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnswerKind.NotApplicable => QuestionnaireInputs.NotApplicableValue,
        _ => null,
    };

    private static List<CardAction> Navigation(QuestionnaireSnapshot s, string blockCode, int index)
    {
        var locale = s.Locale;
        var last = index == s.Context.Blocks.Count - 1;
        var actions = new List<CardAction>();
        if (index > 0)
        {
            actions.Add(CardFrame.Execute(T.Previous.For(locale), s.Data(QuestionnaireVerbs.Previous, blockCode)));
        }

        actions.Add(CardFrame.Execute(last ? T.ToReview.For(locale) : T.Next.For(locale), s.Data(QuestionnaireVerbs.Next, blockCode), ActionStyle.Positive));
        actions.Add(CardFrame.Execute(T.SaveLater.For(locale), s.Data(QuestionnaireVerbs.Save, blockCode)));
        return actions;
    }
}
