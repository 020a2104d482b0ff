using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>
/// The "DirectorySync" section: refreshing people, their managers and teams from Microsoft Graph (/users and each
/// user's /directReports) through the Graph client of the "Graph" section. Off unless <see cref="Enabled"/>.
/// </summary>
public sealed class DirectorySyncOptions
{
    public const string SectionName = "DirectorySync";

    /// <summary>Sync from Graph (needs the User.Read.All application permission). Off: HR imports people and teams from CSV.</summary>
    public bool Enabled { get; set; }

    /// <summary>Time between two syncs of the deployment (one instance acts at each; HR may also sync now).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "DirectorySync:Interval must be between 1 minute and 30 days.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long one instance holds a sync before another may take it over (its owner died).</summary>
    [Range(typeof(TimeSpan), "00:00:30", "02:00:00", ErrorMessage = "DirectorySync:Lease must be between 30 seconds and 2 hours.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Users per page asked of GET /users ($top; Graph allows 1–999).</summary>
    [Range(1, 999, ErrorMessage = "DirectorySync:PageSize must be between 1 and 999.")]
    public int PageSize { get; set; } = 999;

    /// <summary>GET /users/{id}/directReports calls in flight at once.</summary>
    [Range(1, 16, ErrorMessage = "DirectorySync:Concurrency must be between 1 and 16.")]
    public int Concurrency { get; set; } = 4;

    /// <summary>Run the periodic sync in this instance (every instance may: the sync is leased).</summary>
    public bool RunWorker { get; set; } = true;
}
