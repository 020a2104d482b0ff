namespace CompetencyTeams.Cards.Actions;

/// <summary>Opens a link (e.g. a Teams deep link to the tab).</summary>
public sealed record OpenUrlAction(string Url) : CardAction;
