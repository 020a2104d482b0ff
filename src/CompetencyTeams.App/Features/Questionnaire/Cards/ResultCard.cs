using System.Globalization;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Domain.Frameworks;
using T = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireTexts;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>Read-only, once the campaign no longer accepts answers: the person's final levels against the profile's, and the gap.</summary>
public static class ResultCard
{
    public static AdaptiveCard Build(QuestionnaireSnapshot s)
    {
        var locale = s.Locale;
        var body = new List<CardElement>
        {
            CardFrame.Heading(T.ResultTitle.For(locale)),
            CardFrame.Subtle(s.Campaign.Name.For(locale)),
            CardFrame.Notice(T.ResultClosed.For(locale), TextColor.Warning),
        };
        if (s.Assessment is not { HasAnswers: true } assessment)
        {
            body.Add(CardFrame.Paragraph(T.ResultNoAnswers.For(locale)));
            return CardFrame.Build(s.Audience, T.ResultTitle.For(locale), body, null, s.Data(QuestionnaireVerbs.Refresh, view: QuestionnaireViews.Result));
        }

        int atLevel = 0, below = 0;
        var rows = new List<TableRow> { Row(T.ResultCompetency.For(locale), T.ResultYours.For(locale), T.ResultRequired.For(locale), T.ResultGap.For(locale)) };
        foreach (var competency in s.Context.Blocks.SelectMany(s.Context.CompetenciesOf))
        {
            var answer = assessment.FinalAnswer(competency.Code);
            var required = s.Context.Profile?.RequiredLevel(competency.Code);
            var gap = answer.IsLevel && required is { } r ? answer.Level - r : (int?)null;
            if (gap is >= 0)
            {
                atLevel++;
            }
            else if (gap is < 0)
            {
                below++;
            }

            rows.Add(Row(
                $"{competency.Code} {competency.ShortTitle ?? competency.Title}",
                answer.Kind == AnswerKind.Level ? answer.Level.ToString(CultureInfo.InvariantCulture) : ReviewCard.AnswerText(s, answer),
                required?.ToString(CultureInfo.InvariantCulture) ?? T.ResultNotRequired.For(locale),
                gap?.ToString("+0;-0;0", CultureInfo.InvariantCulture) ?? T.ResultNotRequired.For(locale),
                gap is < 0 ? TextColor.Attention : null));
        }

        body.Add(CardFrame.Paragraph(T.ResultSummary.Format(locale, atLevel, below)));
        body.Add(new Table([new TableColumnDefinition(4), new TableColumnDefinition(2), new TableColumnDefinition(1), new TableColumnDefinition(1)], rows) { FirstRowAsHeader = true, ShowGridLines = true });
        return CardFrame.Build(s.Audience, T.ResultTitle.For(locale), body, null, s.Data(QuestionnaireVerbs.Refresh, view: QuestionnaireViews.Result));
    }

    private static TableRow Row(string competency, string yours, string required, string gap, TextColor? gapColor = null) => new(
    [
        new TableCell([new TextBlock(competency) { Wrap = true }]),
        new TableCell([new TextBlock(yours) { Wrap = true }]),
        new TableCell([new TextBlock(required) { Wrap = true }]),
        new TableCell([new TextBlock(gap) { Wrap = true, Color = gapColor }]),
    ]);
}
