using System.Text.Json;
using CompetencyTeams.Cards.Serialization;

namespace CompetencyTeams.Cards.Tests;

/// <summary>Serializes card parts the way the card serializer does, declared as their polymorphic base.</summary>
internal static class Json
{
    public static string Of(CardElement element) => JsonSerializer.Serialize(element, CardJson.Options);

    public static string Of(CardAction action) => JsonSerializer.Serialize(action, CardJson.Options);
}
