namespace CompetencyTeams.Cards;

public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}

public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

public enum VerticalContentAlignment
{
    Top,
    Center,
    Bottom,
}

public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}

public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}

public enum ImageStyle
{
    Default,
    Person,
}
