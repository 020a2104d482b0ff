namespace CompetencyTeams.Cards.Actions;

/// <summary>
/// Universal Actions: the client sends an invoke "adaptiveCard/action" with <see cref="Verb"/> and the inputs merged
/// into <see cref="Data"/>; the bot answers with the next card in the same HTTP response.
/// </summary>
public sealed record ExecuteAction(string Verb) : CardAction
{
    /// <summary>Hidden values merged with the inputs (any JSON-serializable object).</summary>
    public object? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
