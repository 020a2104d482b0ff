namespace CompetencyTeams.Cards.Inputs;

/// <summary>A pick among <see cref="Choices"/>: a drop-down (compact) or radio buttons / check boxes (expanded).</summary>
public sealed record ChoiceSetInput : CardInput
{
    public ChoiceSetInput(string id, IReadOnlyList<Choice> choices)
        : base(id) => Choices = choices;

    public IReadOnlyList<Choice> Choices { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>The initially selected value; for multi-select, values separated by commas.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public bool? Wrap { get; init; }
}

/// <summary>A choice. Its value must not contain a comma (multi-select joins values with commas).</summary>
public sealed record Choice(string Title, string Value);
