using CompetencyTeams.App.Features.ActionPlans;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Features.Validation;

namespace CompetencyTeams.App.Tab.Services;

/// <summary>
/// What the tab's manager screens ask of the API (/api/tab/…). Throws <see cref="TabApiException"/> on any error answer;
/// the API decides who may see and change what.
/// </summary>
public interface ITabApiClient
{
    Task<TabMe> GetMeAsync(CancellationToken cancellationToken);

    Task<TabPage<TabCampaignSummary>> ListCampaignsAsync(string? continuation, CancellationToken cancellationToken);

    Task<TeamDashboard> GetTeamDashboardAsync(string campaignId, string teamId, DashboardFilter filter, CancellationToken cancellationToken);

    Task<PersonView> GetPersonAsync(string campaignId, string personId, CancellationToken cancellationToken);

    /// <summary>The person's levels in their latest campaigns, newest first, without <paramref name="excludeCampaignId"/>.</summary>
    Task<PersonHistory> GetPersonHistoryAsync(string personId, string? excludeCampaignId, CancellationToken cancellationToken);

    Task<ValidationResult> ValidateAsync(string campaignId, string personId, ValidationRequest request, CancellationToken cancellationToken);

    Task<AcceptAllResult> AcceptAllAsync(string campaignId, string teamId, IReadOnlyList<string>? personIds, CancellationToken cancellationToken);

    Task<ActionPlanView> GetActionPlanAsync(string campaignId, string teamId, CancellationToken cancellationToken);

    Task AddActionAsync(string campaignId, string teamId, AddActionRequest request, CancellationToken cancellationToken);

    Task UpdateActionAsync(string campaignId, string teamId, string actionId, UpdateActionRequest request, CancellationToken cancellationToken);

    Task<TabPublication> GetPublicationAsync(string campaignId, string teamId, CancellationToken cancellationToken);

    Task<TabPublication> RequestPublicationAsync(string campaignId, string teamId, CancellationToken cancellationToken);

    Task<TabFile> ExportAsync(string campaignId, string teamId, string format, CancellationToken cancellationToken);

    Task<OrganisationMap> GetOrganisationAsync(string campaignId, CancellationToken cancellationToken);
}

/// <summary>What the HR console asks of /api/tab/hr/… (docs/api.md).</summary>
public interface ITabHrApiClient
{
    Task<TabCampaign> GetCampaignAsync(string campaignId, CancellationToken cancellationToken);

    Task<TabCampaign> CreateCampaignAsync(TabCampaignEdit campaign, CancellationToken cancellationToken);

    Task<TabCampaign> UpdateCampaignAsync(string campaignId, TabCampaignEdit campaign, CancellationToken cancellationToken);

    /// <summary>schedule, unschedule, launch-now, cancel, remind-now, retry-failed, close-now.</summary>
    Task<TabCampaign> RunCampaignActionAsync(string campaignId, string action, string? version, string? reason, CancellationToken cancellationToken);

    Task<TabParticipation> GetParticipationAsync(string campaignId, TabParticipationQuery query, CancellationToken cancellationToken);

    Task<TabPage<TabFrameworkVersion>> ListFrameworksAsync(CancellationToken cancellationToken);

    Task<TabFile> ExportFrameworkAsync(string frameworkId, int version, string format, CancellationToken cancellationToken);

    Task<TabFrameworkVersion> ImportFrameworkAsync(string format, string content, CancellationToken cancellationToken);

    /// <summary>One framework version's whole content (read through the JSON export).</summary>
    Task<Domain.Frameworks.CompetencyFramework> GetFrameworkAsync(string frameworkId, int version, CancellationToken cancellationToken);

    /// <summary>Stores an edited framework as the next version (a draft) of <paramref name="baseVersion"/>.</summary>
    Task<TabFrameworkVersion> CreateFrameworkDraftAsync(string frameworkId, int baseVersion, Domain.Frameworks.CompetencyFramework edited, CancellationToken cancellationToken);

    Task<TabFrameworkVersion> PublishFrameworkAsync(string frameworkId, int version, CancellationToken cancellationToken);

    Task<TabLevelScaleView> GetLevelScaleAsync(string frameworkId, int version, CancellationToken cancellationToken);

    Task<TabPage<TabProfile>> ListProfilesAsync(string? continuation, CancellationToken cancellationToken);

    Task<TabProfile> SaveProfileAsync(TabProfile profile, CancellationToken cancellationToken);

    Task<TabPage<TabTeam>> ListTeamsAsync(string? continuation, CancellationToken cancellationToken);

    Task<TabPage<TabPerson>> ListPeopleAsync(string? teamId, string? continuation, CancellationToken cancellationToken);

    Task<TabImported> ImportPeopleAsync(string csv, CancellationToken cancellationToken);

    Task<TabImported> ImportTeamsAsync(string csv, CancellationToken cancellationToken);

    /// <summary>Creates the SharePoint lists and their missing columns (idempotent).</summary>
    Task<TabProvisioning> ProvisionSharePointAsync(CancellationToken cancellationToken);
}
