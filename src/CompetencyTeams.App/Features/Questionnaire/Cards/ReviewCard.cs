using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Domain.Frameworks;
using T = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireTexts;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>Every answer, block by block (with an edit button each), the time shares, and Submit.</summary>
public static class ReviewCard
{
    /// <summary>Comments are shown cut on the review (in full on their block): nine full comments would pass the 80 KB limit.</summary>
    public const int CommentPreviewLength = 300;

    public static AdaptiveCard Build(QuestionnaireSnapshot s, string? errorCode = null)
    {
        var locale = s.Locale;
        var missing = s.Total - s.Answered;
        var body = new List<CardElement>
        {
            CardFrame.Heading(T.ReviewTitle.For(locale)),
            CardFrame.Subtle(s.Campaign.Name.For(locale)),
            missing > 0 ? CardFrame.Notice(T.ReviewMissing.Format(locale, missing), TextColor.Warning) : CardFrame.Notice(T.ReviewComplete.For(locale), TextColor.Good),
        };
        if (errorCode is not null)
        {
            body.Add(CardFrame.Notice(QuestionnaireMessages.ForCode(errorCode).For(locale), TextColor.Attention));
        }

        foreach (var block in s.Context.Blocks)
        {
            var items = new List<CardElement>
            {
                new TextBlock($"{block.Code} · {block.Title}") { Weight = FontWeight.Bolder, Wrap = true },
                new FactSet([.. s.Context.CompetenciesOf(block).Select(c => new Fact($"{c.Code} {c.ShortTitle ?? c.Title}", AnswerText(s, s.Assessment?.SelfAnswer(c.Code) ?? LevelAnswer.NotAssessed)))]),
            };
            if (s.Assessment?.BlockComments.GetValueOrDefault(block.Code) is { } comment)
            {
                items.Add(CardFrame.Verbatim(comment.Length > CommentPreviewLength ? comment[..CommentPreviewLength] + "…" : comment));
            }

            if (s.Editable)
            {
                items.Add(new ActionSet([CardFrame.Execute(T.EditBlock.Format(locale, block.Code), s.Data(QuestionnaireVerbs.Open, block.Code), sendInputs: false)]));
            }

            body.Add(new Container(items) { Separator = true });
        }

        if (s.Campaign.DeclareTimeShares && s.Assessment?.TimeShares is { IsEmpty: false } shares)
        {
            body.Add(new TextBlock(T.TimeSharesHeading.For(locale)) { Weight = FontWeight.Bolder, Wrap = true, Separator = true });
            body.Add(new FactSet([.. shares.PercentByBlock.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Fact(p.Key, $"{Math.Round(p.Value, 1).ToString(AppLocale.Culture(locale))} %"))]));
        }

        var actions = new List<CardAction>();
        if (s.Editable)
        {
            actions.Add(CardFrame.Execute(T.Previous.For(locale), s.Campaign.DeclareTimeShares ? s.Data(QuestionnaireVerbs.Open, view: QuestionnaireViews.TimeShares) : s.Data(QuestionnaireVerbs.Open, s.Context.Blocks[^1].Code), sendInputs: false));
            actions.Add(CardFrame.Execute(T.Submit.For(locale), s.Data(QuestionnaireVerbs.Submit), ActionStyle.Positive, sendInputs: false));
        }

        return CardFrame.Build(s.Audience, T.ReviewTitle.For(locale), body, actions, s.Data(QuestionnaireVerbs.Refresh, view: QuestionnaireViews.Review));
    }

    /// <summary>"N3 · Maîtrise autonome", "Non concerné(e)" or "— not answered —".</summary>
    public static string AnswerText(QuestionnaireSnapshot s, LevelAnswer answer) => answer.Kind switch
    {
        AnswerKind.Level when s.Context.Scale.Find(answer.Level) is { } level => $"{level.Code} · {level.Label.For(s.Locale)}",
        AnswerKind.Level => answer.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AnswerKind.NotApplicable => AnswerLabels.NotApplicable.For(s.Locale),
        _ => T.Unanswered.For(s.Locale),
    };
}
