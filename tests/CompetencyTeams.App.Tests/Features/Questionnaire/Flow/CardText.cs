using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

public static class CardText
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card's JSON with letters unescaped, to look for the words a person reads.</summary>
    public static string Text(this JsonNode card) => card.ToJsonString(Unescaped);
}
