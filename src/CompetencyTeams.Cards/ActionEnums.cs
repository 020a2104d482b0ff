using System.Text.Json.Serialization;

namespace CompetencyTeams.Cards;

public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}

/// <summary>Secondary actions go to the overflow menu (1.5).</summary>
public enum ActionMode
{
    Primary,
    Secondary,
}

/// <summary>Which inputs a submit-like action sends. The schema spells these capitalised.</summary>
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("Auto")]
    Auto,

    [JsonStringEnumMemberName("None")]
    None,
}
