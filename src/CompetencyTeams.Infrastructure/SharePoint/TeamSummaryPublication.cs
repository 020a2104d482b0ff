namespace CompetencyTeams.Infrastructure.SharePoint;

/// <summary>
/// Everything published for one team in one campaign. The campaign and team are the upsert scope: publishing again
/// updates the same items, adds new ones and removes the items of that scope that are no longer part of it.
/// </summary>
public sealed record TeamSummaryPublication(
    CampaignSummaryRow Summary,
    IReadOnlyList<CompetencyGapRow> Gaps,
    IReadOnlyList<ActionPlanRow> Actions);

/// <summary>A person stored as text columns (Entra object id, display name, UPN): person columns need site user ids Graph cannot create.</summary>
public sealed record PublishedPerson(string ObjectId, string DisplayName, string UserPrincipalName);

public sealed record CampaignSummaryRow(
    string CampaignId,
    string CampaignName,
    string TeamId,
    string TeamName,
    PublishedPerson Manager,
    int Headcount,
    double ParticipationPercent,
    int ValidatedCount,
    double? MeanGap,
    string CriticalCompetencies,
    string FteShortfallByProfile,
    string TopLevers,
    Uri? TabLink);

/// <summary>One competency of the team's gap analysis (campaign and team come from the publication).</summary>
public sealed record CompetencyGapRow(
    string CompetencyCode,
    string CompetencyTitle,
    int RequiredLevel,
    int Holders,
    double CoveragePercent,
    double? MeanGap);

/// <summary>One action of the team's plan (campaign and team come from the publication).</summary>
public sealed record ActionPlanRow(
    string ActionId,
    PublishedLever Lever,
    string? CompetencyCode,
    string? CompetencyTitle,
    PublishedPerson? Owner,
    DateOnly? DueDate,
    PublishedActionStatus Status,
    string? Reason);

/// <summary>The ANAP levers, as the "Lever" choice column offers them.</summary>
public enum PublishedLever
{
    Training,
    Recruitment,
    Mobility,
    Organisation,
}

public enum PublishedActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>What one publication wrote: the summary item (its id and link) and, per list, the items created, updated and removed.</summary>
public sealed record SharePointPublicationResult(
    string SiteId,
    string SummaryItemId,
    string? SummaryItemUrl,
    IReadOnlyList<PublishedListCounts> Lists,
    int BatchRequests,
    int RetriedSteps)
{
    public int ItemsWritten => Lists.Sum(l => l.Created + l.Updated + l.Deleted);
}

public sealed record PublishedListCounts(string ListName, int Created, int Updated, int Deleted);

/// <summary>What provisioning changed: lists created and columns added (empty when everything already existed).</summary>
public sealed record SharePointProvisioningReport(IReadOnlyList<string> CreatedLists, IReadOnlyList<string> AddedColumns)
{
    public bool ChangedAnything => CreatedLists.Count > 0 || AddedColumns.Count > 0;
}
