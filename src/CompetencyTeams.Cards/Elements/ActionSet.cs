namespace CompetencyTeams.Cards.Elements;

/// <summary>Buttons inside the body. Action.Execute is best wrapped in one (recommended by the Universal Actions docs).</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
