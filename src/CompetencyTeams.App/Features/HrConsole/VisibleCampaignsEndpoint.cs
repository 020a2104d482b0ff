using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Features.HrConsole;

public sealed record CampaignListItem(
    string Id,
    LocalizedText Name,
    CampaignStatus State,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    DateTimeOffset? ClosedAt,
    FrameworkRef Framework,
    bool ManagerValidates,
    int AudienceSize,
    IReadOnlyList<string> ManagedTeamIds);

public sealed record CampaignList(IReadOnlyList<CampaignListItem> Items, string? Continuation);

/// <summary>
/// GET /api/tab/campaigns: HR sees every campaign (paged, newest first); anybody else the launched campaigns they are in,
/// or where a team they manage is (with those teams named, so the tab can open the right dashboard).
/// </summary>
public static class VisibleCampaignsEndpoint
{
    public static RouteGroupBuilder MapVisibleCampaigns(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns", ListAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(
        string? continuation,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        ICampaignRepository campaigns,
        IAssignmentRepository assignments,
        CancellationToken cancellationToken)
    {
        var scope = scopes.For(principal);
        var managed = await scope.ManagedTeamsAsync(cancellationToken);
        if (scope.IsHr)
        {
            var page = await campaigns.ListAsync(null, continuation, cancellationToken);
            var items = new List<CampaignListItem>();
            foreach (var campaign in page.Items)
            {
                items.Add(Item(campaign.Value, await TeamsInCampaignAsync(assignments, campaign.Value, managed.Select(t => t.Id), cancellationToken)));
            }

            return TypedResults.Ok(new CampaignList(items, page.ContinuationToken));
        }

        var own = (await assignments.ListForPersonAsync(scope.User.ObjectId, cancellationToken)).Select(a => a.CampaignId).ToHashSet(StringComparer.Ordinal);
        var visible = new List<CampaignListItem>();
        foreach (var campaign in await LaunchedAsync(campaigns, cancellationToken))
        {
            var teams = await TeamsInCampaignAsync(assignments, campaign, managed.Select(t => t.Id), cancellationToken);
            if (teams.Count > 0 || own.Contains(campaign.Id))
            {
                visible.Add(Item(campaign, teams));
            }
        }

        return TypedResults.Ok(new CampaignList(visible, null));
    }

    private static CampaignListItem Item(Campaign c, IReadOnlyList<string> teams) =>
        new(c.Id, c.Name, c.Status, c.OpensAt, c.Deadline, c.ClosedAt, c.Framework, c.ManagerValidates, c.AudienceSize, teams);

    /// <summary>Campaigns that reached people: running, closed, or cancelled after their launch.</summary>
    private static async Task<List<Campaign>> LaunchedAsync(ICampaignRepository campaigns, CancellationToken cancellationToken)
    {
        var launched = new List<Campaign>();
        string? token = null;
        do
        {
            var page = await campaigns.ListAsync(null, token, cancellationToken);
            launched.AddRange(page.Items.Select(v => v.Value).Where(c => c.LaunchedAt is not null));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return launched;
    }

    private static async Task<IReadOnlyList<string>> TeamsInCampaignAsync(IAssignmentRepository assignments, Campaign campaign, IEnumerable<string> teamIds, CancellationToken cancellationToken)
    {
        var present = new List<string>();
        if (campaign.LaunchedAt is null)
        {
            return present;
        }

        foreach (var team in teamIds)
        {
            if ((await assignments.ListForTeamAsync(campaign.Id, team, null, cancellationToken)).Items.Count > 0)
            {
                present.Add(team);
            }
        }

        return present;
    }
}
