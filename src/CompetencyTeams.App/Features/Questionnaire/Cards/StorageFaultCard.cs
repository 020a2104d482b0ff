using System.Text.Json.Nodes;
using CompetencyTeams.Cards;
using CompetencyTeams.Cards.Actions;
using M = CompetencyTeams.App.Features.Questionnaire.Cards.QuestionnaireMessages;

namespace CompetencyTeams.App.Features.Questionnaire.Cards;

/// <summary>
/// Storage did not confirm the action: the person is told, in their language, that nothing was saved, and the
/// "try again" button carries exactly the data the card sent (answers, comment, time shares), so their inputs are not lost.
/// </summary>
public static class StorageFaultCard
{
    private static readonly HashSet<string> WritingVerbs = new(
        [QuestionnaireVerbs.Next, QuestionnaireVerbs.Previous, QuestionnaireVerbs.Save, QuestionnaireVerbs.TimeShares, QuestionnaireVerbs.Submit], StringComparer.Ordinal);

    public static AdaptiveCard Build(CardAudience audience, string verb, JsonObject sentData)
    {
        var locale = audience.Locale;
        var writes = WritingVerbs.Contains(verb);
        var title = (writes ? M.NotSavedTitle : M.UnavailableTitle).For(locale);
        var body = new List<CardElement>
        {
            CardFrame.Heading(title) with { Color = TextColor.Attention },
            CardFrame.Paragraph((writes ? M.NotSavedBody : M.UnavailableBody).For(locale)),
        };
        var retryData = (JsonObject)sentData.DeepClone();
        retryData["ct"] = "questionnaire";
        retryData["verb"] = verb;
        var label = M.TryAgain.For(locale);
        var retry = new ExecuteAction(verb)
        {
            Title = label,
            Data = retryData,
            Style = ActionStyle.Positive,
            AssociatedInputs = AssociatedInputs.None,
            Fallback = new SubmitAction { Title = label, Data = retryData, Style = ActionStyle.Positive, AssociatedInputs = AssociatedInputs.None },
        };
        return CardFrame.Build(audience, title, body, [retry], null);
    }
}
