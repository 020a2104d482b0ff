using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards.Serialization;

/// <summary>Writes <see cref="Fallback{T}"/> as the string "drop" or as the replacement, with its "type".</summary>
public sealed class FallbackConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Fallback<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var replacementType = typeToConvert.GetGenericArguments()[0];
        return (JsonConverter)Activator.CreateInstance(typeof(FallbackConverter<>).MakeGenericType(replacementType))!;
    }

    private sealed class FallbackConverter<T> : JsonConverter<Fallback<T>>
        where T : class
    {
        private const string DropValue = "drop";

        public override Fallback<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return string.Equals(reader.GetString(), DropValue, StringComparison.OrdinalIgnoreCase)
                    ? Fallback<T>.Drop
                    : throw new JsonException($"A fallback string must be \"{DropValue}\".");
            }

            var replacement = JsonSerializer.Deserialize<T>(ref reader, options)
                ?? throw new JsonException("A fallback must be \"drop\" or an object.");
            return Fallback<T>.With(replacement);
        }

        public override void Write(Utf8JsonWriter writer, Fallback<T> value, JsonSerializerOptions options)
        {
            if (value.Replacement is null)
            {
                writer.WriteStringValue(DropValue);
                return;
            }

            // Serialized as the declared base type so the polymorphic "type" discriminator is written.
            JsonSerializer.Serialize(writer, value.Replacement, options);
        }
    }
}
