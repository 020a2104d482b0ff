using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using CompetencyTeams.Cards.Serialization;

namespace CompetencyTeams.Cards;

/// <summary>
/// The "fallback" of an element or action: either "drop" (show nothing) or a replacement of the same kind.
/// A replacement converts implicitly: <c>Fallback = new SubmitAction { … }</c>.
/// </summary>
[JsonConverter(typeof(FallbackConverterFactory))]
[SuppressMessage("Design", "CA1000", Justification = "Fallback<CardElement>.Drop reads as the schema's \"drop\".")]
public sealed record Fallback<T>
    where T : class
{
    private Fallback(T? replacement) => Replacement = replacement;

    /// <summary>Show nothing where the element or action is not supported.</summary>
    public static Fallback<T> Drop { get; } = new((T?)null);

    /// <summary>The element or action shown instead; null for <see cref="Drop"/>.</summary>
    public T? Replacement { get; }

    public bool IsDrop => Replacement is null;

    public static Fallback<T> With(T replacement) => new(replacement ?? throw new ArgumentNullException(nameof(replacement)));

#pragma warning disable CA2225 // With() is the named alternative.
    public static implicit operator Fallback<T>(T replacement) => With(replacement);
#pragma warning restore CA2225
}
