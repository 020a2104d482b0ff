namespace CompetencyTeams.Cards.Inputs;

/// <summary>A number, e.g. the share of working time spent on a block.</summary>
public sealed record NumberInput : CardInput
{
    public NumberInput(string id)
        : base(id)
    {
    }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? Value { get; init; }

    public string? Placeholder { get; init; }
}
