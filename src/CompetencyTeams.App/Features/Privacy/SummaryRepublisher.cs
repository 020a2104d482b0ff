using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>Recomputes team summaries after personal data changed and asks for their SharePoint republication.</summary>
public sealed class SummaryRepublisher(TeamSummaryService summaries, SummaryPublicationService publications)
{
    public async Task<IReadOnlyList<RepublishedSummary>> RepublishAsync(IEnumerable<(string CampaignId, string TeamId)> teams, string requestedBy, CancellationToken cancellationToken)
    {
        var result = new List<RepublishedSummary>();
        foreach (var (campaignId, teamId) in teams)
        {
            try
            {
                await summaries.ComputeAsync(campaignId, teamId, cancellationToken);
            }
            catch (DomainRuleException)
            {
                // The campaign or its framework is gone: there is no summary to recompute, only the request to record.
            }

            var status = await publications.RequestPublicationAsync(campaignId, teamId, requestedBy, cancellationToken);
            result.Add(new RepublishedSummary(campaignId, teamId, status.State == PublicationState.Failed ? "not-configured" : "queued"));
        }

        return result;
    }
}
