using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Cards;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>The cards that only tell something: the campaign is closed, the manager validated the self-assessment.</summary>
public static class NoticeCards
{
    public static AdaptiveCard Closing(CardAudience audience, string campaignName)
    {
        var title = DeliveryTexts.ClosingTitle.For(audience.Locale);
        return CardFrame.Build(audience, title, [CardFrame.Heading(title), CardFrame.Paragraph(DeliveryTexts.ClosingBody.Format(audience.Locale, campaignName))], null, null);
    }

    /// <summary>The manager validated the self-assessment; <paramref name="adjusted"/> = levels set differently from the person's own.</summary>
    public static AdaptiveCard Validated(CardAudience audience, string campaignName, int adjusted)
    {
        var locale = audience.Locale;
        var title = DeliveryTexts.ValidatedTitle.For(locale);
        var outcome = adjusted == 0
            ? DeliveryTexts.ValidatedAsIs.For(locale)
            : DeliveryTexts.ValidatedAdjusted.Format(locale, adjusted);
        return CardFrame.Build(
            audience,
            title,
            [CardFrame.Heading(title), CardFrame.Paragraph(DeliveryTexts.ValidatedBody.Format(locale, campaignName)), CardFrame.Paragraph(outcome)],
            null,
            null);
    }
}
