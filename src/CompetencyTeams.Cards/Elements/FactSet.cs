namespace CompetencyTeams.Cards.Elements;

/// <summary>Label/value pairs, e.g. campaign name, deadline, duration.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);
