using System.Text.Json.Nodes;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>
/// The card the bot answers when storage did not confirm an answer: "not saved" in the reader's language, and a
/// "try again" Action.Execute whose data carries back what was sent.
/// </summary>
public sealed record NotSavedCard(string Verb, JsonObject Data, bool RightLanguage, bool InputsKept)
{
    private const string French = "Vos réponses n'ont pas été enregistrées";
    private const string English = "Your answers were not saved";

    /// <summary>The card read as a "not saved" card, or null when it is another card.</summary>
    public static NotSavedCard? Read(JsonObject card, string locale, string sentVerb, JsonObject sent)
    {
        var text = card.Text();
        if (!text.Contains(French, StringComparison.Ordinal) && !text.Contains(English, StringComparison.Ordinal))
        {
            return null;
        }

        var rightLanguage = text.Contains(locale.StartsWith("fr", StringComparison.Ordinal) ? French : English, StringComparison.Ordinal);
        var retry = card["actions"]?.AsArray().OfType<JsonObject>().FirstOrDefault(a => (string?)a["type"] == "Action.Execute");
        var data = retry?["data"] as JsonObject;
        var verb = (string?)retry?["verb"];
        var kept = data is not null && verb == sentVerb && sent.All(p => data[p.Key]?.ToJsonString() == p.Value?.ToJsonString());
        return new NotSavedCard(verb ?? sentVerb, (JsonObject?)data?.DeepClone() ?? sent, rightLanguage, kept);
    }
}
