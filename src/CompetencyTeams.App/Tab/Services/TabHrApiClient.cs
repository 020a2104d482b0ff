using System.Globalization;
using System.Text;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;
using static CompetencyTeams.App.Tab.Services.TabApiClient;
using static System.Uri;

namespace CompetencyTeams.App.Tab.Services;

/// <summary><see cref="ITabHrApiClient"/> over HTTP to the App's own API.</summary>
public sealed class TabHrApiClient(TabApiTransport api) : ITabHrApiClient
{
    private const string Hr = "api/tab/hr";

    public Task<TabCampaign> GetCampaignAsync(string campaignId, CancellationToken cancellationToken) =>
        api.GetAsync<TabCampaign>(Campaign(campaignId), cancellationToken);

    public Task<TabCampaign> CreateCampaignAsync(TabCampaignEdit campaign, CancellationToken cancellationToken) =>
        api.SendAsync<TabCampaign>(HttpMethod.Post, Hr + "/campaigns", campaign, cancellationToken);

    public Task<TabCampaign> UpdateCampaignAsync(string campaignId, TabCampaignEdit campaign, CancellationToken cancellationToken) =>
        api.SendAsync<TabCampaign>(HttpMethod.Put, Campaign(campaignId), campaign, cancellationToken);

    public async Task<TabCampaign> RunCampaignActionAsync(string campaignId, string action, string? version, string? reason, CancellationToken cancellationToken) =>
        (await api.SendAsync<TabCampaignActionResult>(HttpMethod.Post, Campaign(campaignId) + "/" + EscapeDataString(action), new { version, reason }, cancellationToken)).Campaign;

    public Task<TabParticipation> GetParticipationAsync(string campaignId, TabParticipationQuery query, CancellationToken cancellationToken) =>
        api.GetAsync<TabParticipation>(
            Campaign(campaignId) + "/participation" + Query(
                ("state", query.State), ("teamId", query.TeamId), ("continuation", query.Continuation), ("pageSize", query.PageSize.ToString(CultureInfo.InvariantCulture))),
            cancellationToken);

    public Task<TabPage<TabFrameworkVersion>> ListFrameworksAsync(CancellationToken cancellationToken) =>
        api.GetAsync<TabPage<TabFrameworkVersion>>(Hr + "/frameworks", cancellationToken);

    public Task<TabFile> ExportFrameworkAsync(string frameworkId, int version, string format, CancellationToken cancellationToken) =>
        api.DownloadAsync(
            $"{Hr}/frameworks/{EscapeDataString(frameworkId)}/{version.ToString(CultureInfo.InvariantCulture)}" + Query(("format", format)),
            $"{frameworkId}-v{version.ToString(CultureInfo.InvariantCulture)}.{(format == "csv" ? "csv" : "json")}",
            cancellationToken);

    public async Task<TabFrameworkVersion> ImportFrameworkAsync(string format, string content, CancellationToken cancellationToken)
    {
        using var body = new StringContent(content, Encoding.UTF8, format == "csv" ? "text/csv" : "application/json");
        return await api.PostContentAsync<TabFrameworkVersion>(Hr + "/frameworks/import" + Query(("format", format)), body, cancellationToken);
    }

    public async Task<CompetencyFramework> GetFrameworkAsync(string frameworkId, int version, CancellationToken cancellationToken)
    {
        var file = await ExportFrameworkAsync(frameworkId, version, "json", cancellationToken);
        try
        {
            return FrameworkJson.Deserialize(Encoding.UTF8.GetString(file.Content));
        }
        catch (FrameworkImportException ex)
        {
            throw new TabApiException(500, "framework.unreadable", ex.Message);
        }
    }

    public async Task<TabFrameworkVersion> CreateFrameworkDraftAsync(string frameworkId, int baseVersion, CompetencyFramework edited, CancellationToken cancellationToken)
    {
        using var body = new StringContent(FrameworkJson.Serialize(edited), Encoding.UTF8, "application/json");
        return await api.PostContentAsync<TabFrameworkVersion>(FrameworkPath(frameworkId, baseVersion) + "/drafts", body, cancellationToken);
    }

    public Task<TabFrameworkVersion> PublishFrameworkAsync(string frameworkId, int version, CancellationToken cancellationToken) =>
        api.SendAsync<TabFrameworkVersion>(HttpMethod.Post, FrameworkPath(frameworkId, version) + "/publish", new { }, cancellationToken);

    public Task<TabLevelScaleView> GetLevelScaleAsync(string frameworkId, int version, CancellationToken cancellationToken) =>
        api.GetAsync<TabLevelScaleView>(
            Hr + "/level-scale" + Query(("frameworkId", frameworkId), ("version", version.ToString(CultureInfo.InvariantCulture))), cancellationToken);

    public Task<TabPage<TabProfile>> ListProfilesAsync(string? continuation, CancellationToken cancellationToken) =>
        api.GetAsync<TabPage<TabProfile>>(Hr + "/profiles" + Query(("continuation", continuation)), cancellationToken);

    public Task<TabProfile> SaveProfileAsync(TabProfile profile, CancellationToken cancellationToken) =>
        api.SendAsync<TabProfile>(HttpMethod.Put, Hr + "/profiles/" + EscapeDataString(profile.Id), profile, cancellationToken);

    public Task<TabPage<TabTeam>> ListTeamsAsync(string? continuation, CancellationToken cancellationToken) =>
        api.GetAsync<TabPage<TabTeam>>(Hr + "/teams" + Query(("continuation", continuation)), cancellationToken);

    public Task<TabPage<TabPerson>> ListPeopleAsync(string? teamId, string? continuation, CancellationToken cancellationToken) =>
        api.GetAsync<TabPage<TabPerson>>(Hr + "/people" + Query(("teamId", teamId), ("continuation", continuation)), cancellationToken);

    public async Task<TabImported> ImportPeopleAsync(string csv, CancellationToken cancellationToken)
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await api.PostContentAsync<TabImported>(Hr + "/people/import", body, cancellationToken);
    }

    public async Task<TabImported> ImportTeamsAsync(string csv, CancellationToken cancellationToken)
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await api.PostContentAsync<TabImported>(Hr + "/teams/import", body, cancellationToken);
    }

    public Task<TabProvisioning> ProvisionSharePointAsync(CancellationToken cancellationToken) =>
        api.SendAsync<TabProvisioning>(HttpMethod.Post, Hr + "/sharepoint/provision", new { }, cancellationToken);

    private static string FrameworkPath(string frameworkId, int version) =>
        $"{Hr}/frameworks/{EscapeDataString(frameworkId)}/{version.ToString(CultureInfo.InvariantCulture)}";

    private static string Campaign(string campaignId) => Hr + "/campaigns/" + EscapeDataString(campaignId);
}
