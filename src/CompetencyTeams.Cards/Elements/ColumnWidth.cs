using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards.Elements;

/// <summary>A column width: "auto", "stretch", a relative weight (a number) or pixels ("50px").</summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int number)
    {
        Keyword = keyword;
        Number = number;
    }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    /// <summary>"auto", "stretch", or null for a weight or pixel width.</summary>
    public string? Keyword { get; }

    public int Number { get; }

    public bool IsPixels { get; private init; }

    public static ColumnWidth Weight(int weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), "A column weight is positive.");

    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0 ? new(null, pixels) { IsPixels = true } : throw new ArgumentOutOfRangeException(nameof(pixels), "A pixel width is positive.");

    public override string ToString() =>
        Keyword ?? (IsPixels ? $"{Number.ToString(CultureInfo.InvariantCulture)}px" : Number.ToString(CultureInfo.InvariantCulture));

    private sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
    {
        public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return Weight(reader.GetInt32());
            }

            var text = reader.GetString() ?? "";
            return text switch
            {
                "auto" => Auto,
                "stretch" => Stretch,
                _ when text.EndsWith("px", StringComparison.Ordinal) => Pixels(int.Parse(text[..^2], CultureInfo.InvariantCulture)),
                _ => throw new JsonException($"\"{text}\" is not a column width."),
            };
        }

        public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
        {
            if (value.Keyword is null && !value.IsPixels)
            {
                writer.WriteNumberValue(value.Number);
                return;
            }

            writer.WriteStringValue(value.ToString());
        }
    }
}
