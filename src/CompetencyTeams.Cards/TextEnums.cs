namespace CompetencyTeams.Cards;

// Member names become the schema's strings through the camelCase enum converter (ExtraLarge → "extraLarge").

public enum FontSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}

public enum FontWeight
{
    Default,
    Lighter,
    Bolder,
}

/// <summary>The schema's "Colors".</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

/// <summary>"heading" marks a TextBlock as a heading for screen readers (1.5).</summary>
public enum TextBlockStyle
{
    Default,
    Heading,
}
