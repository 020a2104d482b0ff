using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

/// <summary>The card each kind of delivery sends: the questionnaire's invitation card (with a reminder notice on top for reminders), or a notice.</summary>
public sealed class DeliveryCardFactory(QuestionnaireLoader loader, IAssessmentRepository assessments, TimeProvider clock, IOptions<QuestionnaireOptions> options)
{
    public async Task<AdaptiveCard> BuildAsync(DeliveryKind kind, Campaign campaign, Person person, Assignment assignment, CancellationToken cancellationToken)
    {
        var audience = new CardAudience(person.PreferredLocale, person.ChatAddress?.ChannelUserId);
        var locale = audience.Locale;
        switch (kind)
        {
            case DeliveryKind.Closing:
                return NoticeCards.Closing(audience, campaign.Name.For(locale));
            case DeliveryKind.Validated:
                var assessment = (await assessments.GetAsync(campaign.Id, person.ObjectId, cancellationToken))?.Value;
                return NoticeCards.Validated(audience, campaign.Name.For(locale), assessment?.Disagreements().Count ?? 0);
        }

        var context = await loader.ContextAsync(campaign, assignment.ProfileId ?? person.ProfileId, cancellationToken);
        var snapshot = new QuestionnaireSnapshot(audience, campaign, context, null, clock.GetUtcNow(), options.Value.RetentionMonths);
        var card = InvitationCard.Build(snapshot);
        return kind == DeliveryKind.Reminder
            ? card with { Body = [CardFrame.Notice(DeliveryTexts.ReminderNotice.For(locale), TextColor.Attention), .. card.Body] }
            : card;
    }
}
