using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Elements;
using T = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireTexts;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>The first card of a campaign: what, until when, how long, who sees the answers, and Start.</summary>
public static class InvitationCard
{
    /// <summary>About 45 seconds per competency, rounded up to 5 minutes (reading the toggled examples included).</summary>
    public static int EstimatedMinutes(int competencies) => Math.Max(5, (int)Math.Ceiling(competencies * 0.75 / 5) * 5);

    public static AdaptiveCard Build(QuestionnaireSnapshot s)
    {
        var locale = s.Locale;
        var name = s.Campaign.Name.For(locale);
        var started = s.Answered > 0;
        var privacy = s.Campaign.ManagerValidates ? T.PrivacyWithManager : T.PrivacyWithoutManager;
        var body = new List<CardElement>
        {
            CardFrame.Heading(T.InvitationTitle.For(locale)),
            CardFrame.Paragraph(name) with { Weight = FontWeight.Bolder, Size = FontSize.Medium },
            CardFrame.Paragraph(T.InvitationIntro.For(locale)),
            new FactSet(
            [
                new Fact(T.Campaign.For(locale), name),
                new Fact(T.Questions.For(locale), T.QuestionsCount.Format(locale, s.Total, s.Context.Blocks.Count)),
                new Fact(T.Duration.For(locale), T.DurationMinutes.Format(locale, EstimatedMinutes(s.Total))),
            ]),
            new TextBlock(T.DeadlineLine.Format(locale, CardFrame.LocalDateTime(s.Campaign.Deadline))) { Wrap = true, Weight = FontWeight.Bolder },
            new Container(
            [
                new TextBlock(T.PrivacyTitle.For(locale)) { Weight = FontWeight.Bolder, Wrap = true },
                CardFrame.Paragraph(privacy.Format(locale, s.RetentionMonths)),
            ])
            { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium },
        };
        var actions = new List<CardAction>();
        if (s.Editable)
        {
            var title = started ? T.Resume.For(locale) : T.Start.For(locale);
            actions.Add(CardFrame.Execute(title, s.Data(QuestionnaireVerbs.Start), ActionStyle.Positive, sendInputs: false));
        }
        else
        {
            body.Add(CardFrame.Notice(T.ReadOnlyNotice.For(locale), TextColor.Warning));
        }

        return CardFrame.Build(s.Audience, $"{T.InvitationTitle.For(locale)} — {name}", body, actions, s.Data(QuestionnaireVerbs.Refresh, view: QuestionnaireViews.Invitation));
    }
}
