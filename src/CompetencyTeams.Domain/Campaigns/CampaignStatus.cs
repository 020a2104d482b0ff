namespace CompetencyTeams.Domain.Campaigns;

/// <summary>draft → scheduled → running → closed, or cancelled from any state before closed.</summary>
public enum CampaignStatus
{
    Draft,
    Scheduled,
    Running,
    Closed,
    Cancelled,
}
