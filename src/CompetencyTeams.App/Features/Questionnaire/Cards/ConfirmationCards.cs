using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.Assessments;
using T = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireTexts;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>After Submit (editable until the deadline) and after "save and finish later" (resume any time).</summary>
public static class ConfirmationCards
{
    public static AdaptiveCard Submitted(QuestionnaireSnapshot s)
    {
        var locale = s.Locale;
        var validated = s.Assessment?.Status == AssessmentStatus.Validated;
        var body = new List<CardElement>
        {
            CardFrame.Heading(T.ConfirmationTitle.For(locale)),
            CardFrame.Subtle(s.Campaign.Name.For(locale)),
            validated ? CardFrame.Paragraph(T.ValidatedBody.For(locale)) : CardFrame.Paragraph($"{T.ConfirmationBody.For(locale)} {CardFrame.LocalDateTime(s.Campaign.Deadline)}"),
        };
        var actions = s.Editable ? new List<CardAction> { CardFrame.Execute(T.EditAnswers.For(locale), s.Data(QuestionnaireVerbs.Edit), sendInputs: false) } : null;
        return CardFrame.Build(s.Audience, T.ConfirmationTitle.For(locale), body, actions, s.Data(QuestionnaireVerbs.Refresh, view: QuestionnaireViews.Confirmation));
    }

    public static AdaptiveCard Saved(QuestionnaireSnapshot s)
    {
        var locale = s.Locale;
        var body = new List<CardElement>
        {
            CardFrame.Heading(T.SavedTitle.For(locale)),
            CardFrame.Subtle(T.Progress.Format(locale, Math.Max(1, s.IndexOf(s.Assessment?.LastBlockVisited ?? "") + 1), s.Context.Blocks.Count, s.Answered, s.Total)),
            CardFrame.Paragraph($"{T.SavedBody.For(locale)} {CardFrame.LocalDateTime(s.Campaign.Deadline)}"),
        };
        var actions = s.Editable ? new List<CardAction> { CardFrame.Execute(T.Resume.For(locale), s.Data(QuestionnaireVerbs.Start), ActionStyle.Positive, sendInputs: false) } : null;
        return CardFrame.Build(s.Audience, T.SavedTitle.For(locale), body, actions, s.Data(QuestionnaireVerbs.Refresh, view: QuestionnaireViews.Saved));
    }
}
