using System.Text.Json.Serialization;
using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>Filters of the team dashboard: one activity block, one job profile, only the people and competencies with a gap.</summary>
public sealed record DashboardFilter(string? Block, string? Profile, bool GapOnly);

/// <summary>
/// A team's gap dashboard for one campaign: the heatmap (people × competencies grouped by activity block), coverage and
/// critical competencies, FTE needed vs available per profile and block, and participation. Coverage, FTE and
/// participation are the whole team's; the filters narrow the heatmap only.
/// </summary>
public sealed record TeamDashboard(
    string CampaignId,
    string TeamId,
    string TeamName,
    DateTimeOffset ComputedAt,
    int Headcount,
    double? MeanGap,
    IReadOnlyList<HeatmapBlock> Blocks,
    IReadOnlyList<HeatmapRow> People,
    IReadOnlyList<CompetencyCoverage> Coverage,
    IReadOnlyList<string> CriticalCompetencies,
    IReadOnlyList<FteBalance> FteByProfile,
    IReadOnlyList<FteBalance> FteByBlock,
    IReadOnlyDictionary<string, int> Participation,
    int ValidatedCount);

/// <summary>A column group of the heatmap: one activity block and its competencies shown.</summary>
public sealed record HeatmapBlock(string Code, string Title, IReadOnlyList<HeatmapColumn> Competencies);

public sealed record HeatmapColumn(string Code, string Title, bool IsCritical);

/// <summary>One person's row: a cell per shown competency, in the order of <see cref="TeamDashboard.Blocks"/>.</summary>
public sealed record HeatmapRow(string PersonId, string DisplayName, string? ProfileId, string Participation, IReadOnlyList<HeatmapCell> Cells);

/// <summary>
/// Held (final) vs required level. <see cref="State"/> keeps "not assessed" and "not applicable" apart from any level:
/// their <see cref="Held"/> and <see cref="Gap"/> are null, never 0.
/// </summary>
public sealed record HeatmapCell(string Code, CellState State, int? Held, int? Required, int? Gap);

[JsonConverter(typeof(JsonStringEnumConverter<CellState>))]
public enum CellState
{
    Level,
    NotApplicable,
    NotAssessed,
}
