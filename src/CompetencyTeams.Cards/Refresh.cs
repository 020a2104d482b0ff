using System.Text.Json.Serialization;
using CompetencyTeams.Cards.Actions;

namespace CompetencyTeams.Cards;

/// <summary>
/// Universal Actions refresh. <see cref="UserIds"/> are Teams user MRIs ("29:…"); at most 60. An empty list means
/// "manual refresh only"; null (omitted) means automatic refresh for everyone in small chats.
/// </summary>
public sealed record Refresh(ExecuteAction Action)
{
    /// <summary>The most user ids Teams honours in <see cref="UserIds"/>.</summary>
    public const int MaxUserIds = 60;

    [JsonIgnore]
    public ExecuteAction Action { get; init; } = Action;

    public IReadOnlyList<string>? UserIds { get; init; }

    // Declared as the polymorphic base so that "type": "Action.Execute" is written.
    [JsonInclude]
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    private CardAction SerializedAction => Action;
}
