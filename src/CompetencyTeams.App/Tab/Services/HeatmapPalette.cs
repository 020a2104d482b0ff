using System.Globalization;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Tab.Texts;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>
/// How a heatmap cell looks and reads: a colour class by gap (at level, 1, 2, 3+ levels short, held but not required),
/// and two states that are never a level — not applicable and not assessed — each with its own look, never a 0.
/// </summary>
public static class HeatmapPalette
{
    public const string AtLevel = "ct-cell-ok";
    public const string Gap1 = "ct-cell-gap1";
    public const string Gap2 = "ct-cell-gap2";
    public const string Gap3OrMore = "ct-cell-gap3";
    public const string NotRequired = "ct-cell-free";
    public const string NotApplicable = "ct-cell-na";
    public const string NotAssessed = "ct-cell-missing";

    public static string ClassOf(HeatmapCell cell) => cell.State switch
    {
        CellState.NotAssessed => NotAssessed,
        CellState.NotApplicable => NotApplicable,
        _ when cell.Required is null => NotRequired,
        _ => cell.Gap switch
        {
            null or <= 0 => AtLevel,
            1 => Gap1,
            2 => Gap2,
            _ => Gap3OrMore,
        },
    };

    /// <summary>What the cell shows: the level held, "n/a", or "?" (not assessed).</summary>
    public static string ShortText(HeatmapCell cell) => cell.State switch
    {
        CellState.NotAssessed => "?",
        CellState.NotApplicable => "n/a",
        _ => cell.Held?.ToString(CultureInfo.InvariantCulture) ?? "?",
    };

    /// <summary>The full words for screen readers and the tooltip.</summary>
    public static string Describe(HeatmapCell cell, TabText text) => cell.State switch
    {
        CellState.NotAssessed => text.NotAssessed,
        CellState.NotApplicable => text.NotApplicable,
        _ => text.CellLevel(cell.Held ?? 0, cell.Required, cell.Gap),
    };
}
