using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Elements;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using M = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireMessages;
using T = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireTexts;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>One line of the status card: a campaign the person is in and how far they are.</summary>
public sealed record StatusEntry(Campaign Campaign, AssessmentStatus? Status, int Answered, int Total);

/// <summary>The error, help and status cards.</summary>
public static class MessageCards
{
    /// <summary>What happened, in the reader's language, and that nothing was changed; the buttons lead back to safe ground.</summary>
    public static AdaptiveCard Error(CardAudience audience, string code, string? campaignId = null)
    {
        var locale = audience.Locale;
        var body = new List<CardElement>
        {
            CardFrame.Heading(M.ErrorTitle.For(locale)) with { Color = TextColor.Attention },
            CardFrame.Paragraph(M.ForCode(code).For(locale)),
            CardFrame.Subtle(M.NothingWritten.For(locale)),
        };
        return CardFrame.Build(audience, M.ForCode(code).For(locale), body, CommandButtons(locale, campaignId), null);
    }

    public static AdaptiveCard Help(CardAudience audience, string? unknownText = null)
    {
        var locale = audience.Locale;
        var body = new List<CardElement> { CardFrame.Heading(M.HelpTitle.For(locale)) };
        if (!string.IsNullOrWhiteSpace(unknownText))
        {
            body.Add(CardFrame.Verbatim(M.HelpUnknown.Format(locale, unknownText.Length > 80 ? unknownText[..80] + "…" : unknownText)));
        }

        body.Add(CardFrame.Paragraph(M.HelpIntro.For(locale)));
        body.Add(CardFrame.Paragraph(M.HelpCommands.For(locale)));
        return CardFrame.Build(audience, M.HelpTitle.For(locale), body, CommandButtons(locale, null), null);
    }

    public static AdaptiveCard Status(CardAudience audience, IReadOnlyList<StatusEntry> entries, DateTimeOffset now, LocalizedText? note = null)
    {
        var locale = audience.Locale;
        var body = new List<CardElement> { CardFrame.Heading(M.StatusTitle.For(locale)) };
        if (note is not null)
        {
            body.Add(CardFrame.Notice(note.For(locale), TextColor.Accent));
        }

        if (entries.Count == 0)
        {
            body.Add(CardFrame.Paragraph(M.StatusNone.For(locale)));
        }

        foreach (var entry in entries)
        {
            var items = new List<CardElement>
            {
                new TextBlock(entry.Campaign.Name.For(locale)) { Weight = FontWeight.Bolder, Wrap = true },
                CardFrame.Paragraph(StateText(locale, entry, now)),
                CardFrame.Subtle(T.DeadlineLine.Format(locale, CardFrame.LocalDateTime(entry.Campaign.Deadline))),
            };
            if (entry.Campaign.AcceptsAnswersAt(now) && entry.Status != AssessmentStatus.Validated)
            {
                items.Add(new ActionSet([CardFrame.Execute(T.Resume.For(locale), new CardActionData(QuestionnaireVerbs.Start, entry.Campaign.Id), sendInputs: false)]));
            }

            body.Add(new Container(items) { Separator = true });
        }

        return CardFrame.Build(audience, M.StatusTitle.For(locale), body, null, new CardActionData(QuestionnaireVerbs.Refresh, null, View: QuestionnaireViews.Status));
    }

    private static string StateText(string? locale, StatusEntry entry, DateTimeOffset now) => entry switch
    {
        { Status: AssessmentStatus.Validated } => M.StatusValidated.For(locale),
        { Status: AssessmentStatus.Submitted } => M.StatusSubmitted.For(locale),
        _ when entry.Campaign.Status == CampaignStatus.Running && now < entry.Campaign.OpensAt => M.StatusUpcoming.For(locale),
        _ when !entry.Campaign.AcceptsAnswersAt(now) => M.StatusClosed.For(locale),
        { Answered: > 0 } => M.StatusInProgress.Format(locale, entry.Answered, entry.Total),
        _ => M.StatusNotStarted.Format(locale, entry.Total),
    };

    private static List<CardAction> CommandButtons(string? locale, string? campaignId) =>
    [
        CardFrame.Execute(T.Resume.For(locale), new CardActionData(QuestionnaireVerbs.Start, campaignId), sendInputs: false),
        CardFrame.Execute(M.Status.For(locale), new CardActionData(QuestionnaireVerbs.Status, null), sendInputs: false),
        CardFrame.Execute(M.Help.For(locale), new CardActionData(QuestionnaireVerbs.Help, null), sendInputs: false),
    ];
}
