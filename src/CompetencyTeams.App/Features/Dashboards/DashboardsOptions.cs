using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>The "Dashboards" section: how far back a person's history goes.</summary>
public sealed class DashboardsOptions
{
    public const string SectionName = "Dashboards";

    /// <summary>The person view shows at most this many of the person's campaigns (the newest).</summary>
    [Range(1, 50, ErrorMessage = "Dashboards:HistoryCampaigns must be between 1 and 50.")]
    public int HistoryCampaigns { get; set; } = 5;
}
