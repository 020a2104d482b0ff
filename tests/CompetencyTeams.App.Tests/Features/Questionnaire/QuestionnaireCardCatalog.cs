using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Cards;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Questionnaire;

/// <summary>Every card the questionnaire can produce: each state of an assessment, each block of the shipped framework, both languages.</summary>
public static class QuestionnaireCardCatalog
{
    public static readonly string[] Locales = ["fr-FR", "en-US"];

    public static readonly string[] ErrorCodes =
    [
        "questionnaire.no-sender", "questionnaire.unknown-campaign", "questionnaire.not-assigned", "questionnaire.bad-data", "questionnaire.unknown-verb",
        "questionnaire.framework-missing", "questionnaire.bad-level", "questionnaire.bad-number", "questionnaire.busy", "questionnaire.card-too-large",
        "assessment.campaign-not-open", "assessment.already-validated", "assessment.block-not-in-questionnaire", "assessment.code-not-in-block",
        "answer.level-out-of-scale", "assessment.comment-too-long", "timeshares.total", "timeshares.out-of-range", "assessment.incomplete",
        "assessment.time-shares-missing", "something.else",
    ];

    /// <summary>The assessment states a card can be built in, with the clock they are seen at.</summary>
    public static IEnumerable<(string Name, QuestionnaireSnapshot Snapshot)> States(string locale)
    {
        var clock = QuestionnaireTestData.ClockInCampaign();
        var now = clock.GetUtcNow();
        var campaign = QuestionnaireTestData.RunningCampaign();
        var context = QuestionnaireTestData.Context(campaign);
        var all = context.Blocks.Count;
        var complete = QuestionnaireTestData.Answered(context, all, clock).DeclareTimeShares(context, TimeShares.FromPercentages(new Dictionary<string, double> { ["1.1"] = 60, ["2.2"] = 40 }), clock);
        var submitted = complete.Submit(context, clock);
        var validated = submitted.AcceptAsIs(context, "manager-1", clock);
        var closeClock = new FakeTimeProvider(QuestionnaireTestData.Deadline);
        var closedContext = QuestionnaireTestData.Context(campaign.Close(closeClock));

        yield return ("new", QuestionnaireTestData.Snapshot(context, null, now, locale));
        yield return ("partial", QuestionnaireTestData.Snapshot(context, QuestionnaireTestData.Answered(context, 3, clock), now, locale));
        yield return ("complete", QuestionnaireTestData.Snapshot(context, complete, now, locale));
        yield return ("submitted", QuestionnaireTestData.Snapshot(context, submitted, now, locale));
        yield return ("validated", QuestionnaireTestData.Snapshot(context, validated, now, locale));
        yield return ("closed", QuestionnaireTestData.Snapshot(closedContext, validated, closeClock.GetUtcNow(), locale));
        yield return ("closed-unanswered", QuestionnaireTestData.Snapshot(closedContext, null, closeClock.GetUtcNow(), locale));
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var locale in Locales)
        {
            foreach (var (state, s) in States(locale))
            {
                var prefix = $"{locale}/{state}/";
                yield return (prefix + "invitation", InvitationCard.Build(s));
                foreach (var block in s.Context.Blocks)
                {
                    yield return (prefix + "block " + block.Code, BlockCard.Build(s, block.Code));
                }

                yield return (prefix + "timeshares", TimeSharesCard.Build(s));
                yield return (prefix + "timeshares with error", TimeSharesCard.Build(s, "timeshares.total"));
                yield return (prefix + "review", ReviewCard.Build(s));
                yield return (prefix + "review with error", ReviewCard.Build(s, "assessment.incomplete"));
                yield return (prefix + "confirmation", ConfirmationCards.Submitted(s));
                yield return (prefix + "saved", ConfirmationCards.Saved(s));
                yield return (prefix + "result", ResultCard.Build(s));
            }

            var audience = new CardAudience(locale, QuestionnaireTestData.ChannelUserId);
            foreach (var code in ErrorCodes)
            {
                yield return ($"{locale}/error {code}", MessageCards.Error(audience, code, "camp-2026"));
            }

            yield return ($"{locale}/error without campaign", MessageCards.Error(audience, "questionnaire.no-sender"));
            yield return ($"{locale}/error storage not saved", StorageFaultCard.Build(audience, QuestionnaireVerbs.Next, new() { ["ct"] = "questionnaire", ["campaignId"] = "camp-2026", ["block"] = "1.1", ["answer:1.1.1"] = "2", ["comment"] = "<b>gardé</b>" }));
            yield return ($"{locale}/error storage unavailable", StorageFaultCard.Build(audience, QuestionnaireVerbs.Status, []));
            yield return ($"{locale}/notice closing", NoticeCards.Closing(audience, "Campagne <b>2026</b>"));
            yield return ($"{locale}/notice validated as is", NoticeCards.Validated(audience, "Campagne 2026", 0));
            yield return ($"{locale}/notice validated adjusted", NoticeCards.Validated(audience, "Campagne 2026", 3));
            yield return ($"{locale}/help", MessageCards.Help(audience));
            yield return ($"{locale}/help unknown", MessageCards.Help(audience, "bonjour <b>*robot*</b> [x](javascript:alert(1))"));
            yield return ($"{locale}/status empty", MessageCards.Status(audience, [], QuestionnaireTestData.ClockInCampaign().GetUtcNow()));
            yield return ($"{locale}/status", MessageCards.Status(audience, StatusEntries(locale), QuestionnaireTestData.ClockInCampaign().GetUtcNow(), QuestionnaireMessages.ResumeNothing));
        }
    }

    private static List<StatusEntry> StatusEntries(string locale)
    {
        var states = States(locale).ToList();
        return [.. states.Select(s => new StatusEntry(s.Snapshot.Campaign, s.Snapshot.Assessment?.Status, s.Snapshot.Answered, s.Snapshot.Total))];
    }
}
