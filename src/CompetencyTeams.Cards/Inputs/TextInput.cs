namespace CompetencyTeams.Cards.Inputs;

/// <summary>Free text, e.g. a comment per block.</summary>
public sealed record TextInput : CardInput
{
    public TextInput(string id)
        : base(id)
    {
    }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    /// <summary>A regular expression the value must match before the action is sent.</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
}
