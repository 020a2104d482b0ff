using CompetencyTeams.App.Features.ActionPlans;
using CompetencyTeams.App.Features.Dashboards;
using CompetencyTeams.App.Features.Validation;
using static System.Uri;

namespace CompetencyTeams.App.Tab.Services;

/// <summary><see cref="ITabApiClient"/> over HTTP to the App's own API.</summary>
public sealed class TabApiClient(TabApiTransport api) : ITabApiClient
{
    public Task<TabMe> GetMeAsync(CancellationToken cancellationToken) => api.GetAsync<TabMe>("api/tab/me", cancellationToken);

    public Task<TabPage<TabCampaignSummary>> ListCampaignsAsync(string? continuation, CancellationToken cancellationToken) =>
        api.GetAsync<TabPage<TabCampaignSummary>>("api/tab/campaigns" + Query(("continuation", continuation)), cancellationToken);

    public Task<TeamDashboard> GetTeamDashboardAsync(string campaignId, string teamId, DashboardFilter filter, CancellationToken cancellationToken) =>
        api.GetAsync<TeamDashboard>(
            Team(campaignId, teamId) + "/dashboard" + Query(("block", filter.Block), ("profile", filter.Profile), ("gapOnly", filter.GapOnly ? "true" : null)),
            cancellationToken);

    public Task<PersonView> GetPersonAsync(string campaignId, string personId, CancellationToken cancellationToken) =>
        api.GetAsync<PersonView>(Person(campaignId, personId), cancellationToken);

    public Task<PersonHistory> GetPersonHistoryAsync(string personId, string? excludeCampaignId, CancellationToken cancellationToken) =>
        api.GetAsync<PersonHistory>("api/tab/people/" + EscapeDataString(personId) + "/history" + Query(("exclude", excludeCampaignId)), cancellationToken);

    public Task<ValidationResult> ValidateAsync(string campaignId, string personId, ValidationRequest request, CancellationToken cancellationToken) =>
        api.SendAsync<ValidationResult>(HttpMethod.Post, Person(campaignId, personId) + "/validation", request, cancellationToken);

    public Task<AcceptAllResult> AcceptAllAsync(string campaignId, string teamId, IReadOnlyList<string>? personIds, CancellationToken cancellationToken) =>
        api.SendAsync<AcceptAllResult>(HttpMethod.Post, Team(campaignId, teamId) + "/validation/accept-all", new AcceptAllRequest(personIds), cancellationToken);

    public Task<ActionPlanView> GetActionPlanAsync(string campaignId, string teamId, CancellationToken cancellationToken) =>
        api.GetAsync<ActionPlanView>(Team(campaignId, teamId) + "/action-plan", cancellationToken);

    public Task AddActionAsync(string campaignId, string teamId, AddActionRequest request, CancellationToken cancellationToken) =>
        api.SendAsync(HttpMethod.Post, Team(campaignId, teamId) + "/action-plan/actions", request, cancellationToken);

    public Task UpdateActionAsync(string campaignId, string teamId, string actionId, UpdateActionRequest request, CancellationToken cancellationToken) =>
        api.SendAsync(HttpMethod.Put, Team(campaignId, teamId) + "/action-plan/actions/" + EscapeDataString(actionId), request, cancellationToken);

    public Task<TabPublication> GetPublicationAsync(string campaignId, string teamId, CancellationToken cancellationToken) =>
        api.GetAsync<TabPublication>(Team(campaignId, teamId) + "/publication", cancellationToken);

    public Task<TabPublication> RequestPublicationAsync(string campaignId, string teamId, CancellationToken cancellationToken) =>
        api.SendAsync<TabPublication>(HttpMethod.Post, Team(campaignId, teamId) + "/publication", null, cancellationToken);

    public Task<TabFile> ExportAsync(string campaignId, string teamId, string format, CancellationToken cancellationToken) =>
        api.DownloadAsync(Team(campaignId, teamId) + "/export" + Query(("format", format)), $"{campaignId}-{teamId}.{format}", cancellationToken);

    public Task<OrganisationMap> GetOrganisationAsync(string campaignId, CancellationToken cancellationToken) =>
        api.GetAsync<OrganisationMap>("api/tab/campaigns/" + EscapeDataString(campaignId) + "/organisation", cancellationToken);

    /// <summary>"?a=1&amp;b=2" with the values escaped; empty when every value is null.</summary>
    public static string Query(params (string Name, string? Value)[] parameters)
    {
        var present = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Name + "=" + EscapeDataString(p.Value!)).ToList();
        return present.Count == 0 ? "" : "?" + string.Join('&', present);
    }

    private static string Team(string campaignId, string teamId) =>
        $"api/tab/campaigns/{EscapeDataString(campaignId)}/teams/{EscapeDataString(teamId)}";

    private static string Person(string campaignId, string personId) =>
        $"api/tab/campaigns/{EscapeDataString(campaignId)}/people/{EscapeDataString(personId)}";
}
