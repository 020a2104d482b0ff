namespace CompetencyTeams.Cards.Inputs;

/// <summary>A check box. Values are strings: <see cref="ValueOn"/> / <see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed record ToggleInput : CardInput
{
    public ToggleInput(string id, string title)
        : base(id) => Title = title;

    public string Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
