namespace CompetencyTeams.TestSupport.Cards;

/// <summary>
/// One finding about a card. <see cref="Source"/>: "schema" (the official JSON schema), "parse", "validate" or "render"
/// (the official renderer), "json" (not JSON at all) or "harness" (a rule of ours, e.g. a version above 1.5).
/// </summary>
public sealed record CardIssue(string Source, string Code, string Message, string? Location = null)
{
    public override string ToString() =>
        Location is null ? $"{Source}/{Code}: {Message}" : $"{Source}/{Code} at {Location}: {Message}";
}

/// <summary>What the validators found about one named card.</summary>
public sealed record CardCheckResult(string Name, IReadOnlyList<CardIssue> Errors, IReadOnlyList<CardIssue> Warnings)
{
    /// <summary>Whether the renderer built DOM for the card (false when only the schema was checked).</summary>
    public bool Rendered { get; init; }

    /// <summary>The ids of the inputs the renderer found, in card order.</summary>
    public IReadOnlyList<string> InputIds { get; init; } = [];

    public bool IsValid => Errors.Count == 0;
}

/// <summary>A card's JSON with a name that says which card it is in a failure message.</summary>
public sealed record NamedCardJson(string Name, string Json);
