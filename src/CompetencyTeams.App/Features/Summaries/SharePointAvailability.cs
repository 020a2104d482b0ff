namespace CompetencyTeams.App.Features.Summaries;

/// <summary>Whether SharePoint publication was configured (SharePoint:SiteHostname): deployments without it still start.</summary>
public sealed record SharePointAvailability(bool IsConfigured)
{
    public const string NotConfiguredReason =
        "SharePoint publication is not configured (SharePoint:SiteHostname is empty) / La publication SharePoint n'est pas configurée (SharePoint:SiteHostname est vide).";
}
