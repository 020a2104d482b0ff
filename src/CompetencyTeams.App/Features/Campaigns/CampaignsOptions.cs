using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.App.Features.Campaigns;

/// <summary>The "Campaigns" configuration section: the scheduler's pace and its step leases.</summary>
public sealed class CampaignsOptions
{
    public const string SectionName = "Campaigns";

    /// <summary>How often the scheduler looks at scheduled and running campaigns.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a claimed step (launch, reminder, close) is held before another instance may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan StepLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>People frozen per call when the audience is frozen at launch (the lease is renewed between chunks).</summary>
    [Range(33, 10_000)]
    public int FreezeChunkSize { get; set; } = 495;

    /// <summary>Run the scheduler in this instance (every instance may: steps are claimed, never done twice).</summary>
    public bool RunScheduler { get; set; } = true;
}
