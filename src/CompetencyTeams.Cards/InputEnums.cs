namespace CompetencyTeams.Cards;

/// <summary>"compact" is a drop-down; "expanded" shows radio buttons or check boxes.</summary>
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
}

public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}
