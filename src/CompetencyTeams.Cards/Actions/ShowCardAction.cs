namespace CompetencyTeams.Cards.Actions;

/// <summary>Reveals a nested card under the action bar. Not allowed as a select action.</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : CardAction;
