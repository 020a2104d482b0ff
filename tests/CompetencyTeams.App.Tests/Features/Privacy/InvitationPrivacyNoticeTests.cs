using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.App.Tests.Features.Questionnaire;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>The invitation card carries the short privacy notice: who sees the answers and how long they are kept.</summary>
public sealed class InvitationPrivacyNoticeTests
{
    [Theory]
    [InlineData("fr-FR", "Qui voit vos réponses", "conservées 24 mois")]
    [InlineData("en-US", "Who sees your answers", "kept for 24 months")]
    public void InvitationCard_SaysWhoSeesTheAnswersAndForHowLong(string locale, string title, string retention)
    {
        var context = QuestionnaireTestData.Context(QuestionnaireTestData.RunningCampaign());

        var json = InvitationCard.Build(QuestionnaireTestData.Snapshot(context, null, QuestionnaireTestData.Start.AddDays(1), locale)).ToJson();

        Assert.Contains(title, json, StringComparison.Ordinal);
        Assert.Contains(retention, json, StringComparison.Ordinal);
    }
}
