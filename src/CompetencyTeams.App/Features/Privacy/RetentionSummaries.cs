using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.Domain.Gaps;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>
/// After a purge, the stored team summaries are the only figures left: a team smaller than the threshold keeps its
/// name and headcount only (and its SharePoint item is republished from the now empty answers); larger teams keep
/// their aggregates, minus the lever proposals that name a person.
/// </summary>
public sealed class RetentionSummaries(
    ITeamSummaryRepository summaries,
    SummaryPublicationService publications,
    SharePointAvailability sharePoint,
    TimeProvider clock)
{
    public const string Requester = "system:retention";

    /// <summary>Returns how many team summaries were emptied.</summary>
    public async Task<int> KeepLargeGroupsOnlyAsync(string campaignId, int threshold, CancellationToken cancellationToken)
    {
        var emptied = 0;
        string? token = null;
        do
        {
            var page = await summaries.ListForCampaignAsync(campaignId, token, cancellationToken);
            foreach (var summary in page.Items)
            {
                if (summary.Headcount < threshold)
                {
                    emptied += await EmptyAsync(summary, cancellationToken) ? 1 : 0;
                }
                else if (summary.TopLevers.Any(NamesSomeone))
                {
                    await summaries.UpsertAsync(summary with { TopLevers = [.. summary.TopLevers.Where(l => !NamesSomeone(l))] }, cancellationToken);
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return emptied;
    }

    public static bool IsEmptied(TeamSummary summary) =>
        summary.Participation.Count == 0 && summary.Competencies.Count == 0 && summary.MeanGap is null && summary.TopLevers.Count == 0
        && summary.FteByProfile.Count == 0 && summary.FteByBlock.Count == 0 && summary.ValidatedCount == 0;

    private static bool NamesSomeone(Domain.Levers.LeverProposal lever) => lever.PersonId is not null || lever.SuggestedPersonId is not null;

    private async Task<bool> EmptyAsync(TeamSummary summary, CancellationToken cancellationToken)
    {
        if (IsEmptied(summary))
        {
            return false;
        }

        var kept = new TeamSummary(summary.CampaignId, summary.TeamId, clock.GetUtcNow())
        {
            TeamName = summary.TeamName,
            ManagerId = summary.ManagerId,
            Headcount = summary.Headcount,
        };
        await summaries.UpsertAsync(kept, cancellationToken);
        if (sharePoint.IsConfigured)
        {
            await publications.RequestPublicationAsync(summary.CampaignId, summary.TeamId, Requester, cancellationToken);
        }

        return true;
    }
}
