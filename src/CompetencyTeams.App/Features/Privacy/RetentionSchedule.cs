using CompetencyTeams.Domain.Campaigns;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>When a campaign's answers fall due for the purge: retention months after it closed or was cancelled.</summary>
public static class RetentionSchedule
{
    public static DateTimeOffset EndOf(Campaign campaign) => campaign.ClosedAt ?? campaign.CancelledAt ?? campaign.Deadline;

    public static bool IsDue(Campaign campaign, int retentionMonths, DateTimeOffset now) =>
        campaign.Status is CampaignStatus.Closed or CampaignStatus.Cancelled && EndOf(campaign).AddMonths(retentionMonths) <= now;
}
