using CompetencyTeams.App.Tab.Texts;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>What every screen knows (cascaded from the layout): the texts in the user's language, the theme, and who they are.</summary>
public sealed record TabContext(TabText Text, string Theme, TabMe Me)
{
    public static TabContext For(string locale, TabMe me, string theme = "default") => new(new TabText(locale), theme, me);
}

/// <summary>What the page learnt from Teams (or, in Development, from the DevChannel) before Blazor started.</summary>
public sealed record TabHostContext(string Source, string? Token, string Locale, string Theme, string? Error)
{
    public const string Teams = "teams";
    public const string DevChannel = "dev";
    public const string Browser = "browser";
}
