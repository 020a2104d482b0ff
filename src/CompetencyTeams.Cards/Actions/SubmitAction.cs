namespace CompetencyTeams.Cards.Actions;

/// <summary>
/// The legacy path: the client posts a message activity whose "value" holds the inputs merged into <see cref="Data"/>
/// (all as strings). Used as the fallback of an <see cref="ExecuteAction"/>.
/// </summary>
public sealed record SubmitAction : CardAction
{
    public object? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
