using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Features.Summaries;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>
/// The campaign analyses the tab reads, kept for Tab:DashboardCacheSeconds: one analysis reads the whole campaign, and
/// every team dashboard, person view and the organisation map of a campaign derive from the same one. This instance's
/// own validations drop it at once (the manager sees the change); other instances' and agents' answers show within the
/// lifetime. Publication to SharePoint never uses it: it reads fresh.
/// </summary>
public sealed class DashboardAnalyses(CampaignAnalysisLoader loader, TimeProvider clock, IOptions<TabOptions> options)
{
    private readonly ExpiringReadCache<string, CampaignAnalysis> _analyses = new(clock, TimeSpan.FromSeconds(options.Value.DashboardCacheSeconds));

    /// <summary>The campaign's analysis; null when the campaign (or its framework version) is not stored.</summary>
    public Task<CampaignAnalysis?> GetAsync(string campaignId, CancellationToken cancellationToken) =>
        _analyses.GetAsync(campaignId, id => loader.TryLoadAsync(id, CancellationToken.None), cancellationToken);

    public void Forget(string campaignId) => _analyses.Forget(campaignId);
}
