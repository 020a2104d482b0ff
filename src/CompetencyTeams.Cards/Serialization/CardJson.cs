using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace CompetencyTeams.Cards.Serialization;

/// <summary>The one place cards become JSON: camelCase, nulls omitted, enums as the schema's strings.</summary>
public static class CardJson
{
    /// <summary>
    /// The serializer options for cards. Letters of every script stay unescaped (a French card is not
    /// inflated by \u00e9 escapes against the size limit); HTML-sensitive characters are still escaped.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string ToJson(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static byte[] ToUtf8Bytes(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, Options);

    public static JsonObject ToJsonNode(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, Options)!.AsObject();

    public static int Utf8Size(AdaptiveCard card) => ToUtf8Bytes(card).Length;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
