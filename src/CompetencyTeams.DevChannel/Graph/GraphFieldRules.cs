using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Graph;

/// <summary>Checks a written field value against its column's type, as SharePoint does, and stores it in one canonical form.</summary>
public static class GraphFieldRules
{
    private const int SingleLineMaxLength = 255;

    /// <summary>Returns null when the value is accepted (then <paramref name="stored"/> holds it), else the error message.</summary>
    public static string? Accept(ListEntry list, string name, JsonNode? value, out JsonNode? stored)
    {
        stored = null;
        var column = list.Column(name);
        if (column is null)
        {
            return $"Field '{name}' is not recognized";
        }

        if (value is null)
        {
            return (bool?)column["required"] == true ? $"Field '{name}' is required." : null;
        }

        if (column["text"] is JsonObject text)
        {
            if (!IsString(value, out var s))
            {
                return $"Field '{name}' expects text.";
            }

            var multiLine = (bool?)text["allowMultipleLines"] == true;
            if (!multiLine && s.Length > SingleLineMaxLength)
            {
                return $"Field '{name}' is a single line of text: at most {SingleLineMaxLength} characters.";
            }

            stored = JsonValue.Create(s);
            return null;
        }

        if (column["number"] is JsonObject || column["currency"] is JsonObject)
        {
            if (!TryNumber(value, out var number))
            {
                return $"Field '{name}' expects a number.";
            }

            stored = JsonValue.Create(number);
            return null;
        }

        if (column["choice"] is JsonObject choice)
        {
            var allowed = (choice["choices"] as JsonArray ?? []).Select(c => (string?)c).ToList();
            if (!IsString(value, out var s) || ((bool?)choice["allowTextEntry"] != true && !allowed.Contains(s, StringComparer.Ordinal)))
            {
                return $"Field '{name}': '{value.ToJsonString()}' is not one of its choices.";
            }

            stored = JsonValue.Create(s);
            return null;
        }

        if (column["dateTime"] is JsonObject)
        {
            if (!IsString(value, out var s) || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return $"Field '{name}' expects an ISO 8601 date.";
            }

            stored = JsonValue.Create(date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            return null;
        }

        if (column["boolean"] is JsonObject)
        {
            if (value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                return $"Field '{name}' expects true or false.";
            }

            stored = value.DeepClone();
            return null;
        }

        stored = value.DeepClone();
        return null;
    }

    public static bool TryNumber(JsonNode? value, out double number)
    {
        number = 0;
        return value?.GetValueKind() switch
        {
            JsonValueKind.Number => value.AsValue().TryGetValue(out number) || double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            JsonValueKind.String => double.TryParse((string?)value, NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    private static bool IsString(JsonNode value, out string text)
    {
        text = value.GetValueKind() == JsonValueKind.String ? (string)value! : "";
        return value.GetValueKind() == JsonValueKind.String;
    }
}
