namespace CompetencyTeams.Domain.Teams;

/// <summary>An organisational team (service, unit); dashboards, summaries and action plans are per team.</summary>
public sealed record Team(string Id, string Name, string? ManagerId)
{
    /// <summary>Parent team for a drill-down organisation map; null at the top.</summary>
    public string? ParentTeamId { get; init; }
}
