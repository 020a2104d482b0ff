using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.HrConsole;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Campaigns;

namespace CompetencyTeams.App.Features.Publishing;

/// <summary>
/// A team's SharePoint publication from the tab: the manager (or HR) asks for it — it runs in the background — and
/// follows its state. The campaign's closing asks for every team on its own (CampaignSteps.CloseAsync).
/// </summary>
public static partial class PublishingEndpoints
{
    /// <summary>A pending request younger than this blocks another one (double clicks); an older one is taken as lost.</summary>
    private const string LoggerName = "CompetencyTeams.App.Features.Publishing.PublishingEndpoints";

    public static readonly TimeSpan PendingGuard = TimeSpan.FromMinutes(5);

    public static RouteGroupBuilder MapPublishing(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{campaignId}/teams/{teamId}/publication", RequestAsync);
        api.MapGet("/campaigns/{campaignId}/teams/{teamId}/publication", StatusAsync);
        return api;
    }

    private static async Task<IResult> RequestAsync(
        string campaignId,
        string teamId,
        HttpRequest http,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        ICampaignRepository campaigns,
        IAssignmentRepository assignments,
        SummaryPublicationService publications,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        var scope = scopes.For(principal);
        if (!await scope.CanReadTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden(PublishingTexts.NotYourTeam.Format(locale, teamId));
        }

        var campaign = (await campaigns.GetAsync(campaignId, cancellationToken))?.Value;
        if (campaign is null)
        {
            return ApiProblems.NotFound(PublishingTexts.NoCampaign.Format(locale, campaignId));
        }

        if (campaign.LaunchedAt is null)
        {
            return ApiProblems.Conflict(PublishingTexts.NotLaunched.Format(locale, campaignId), "campaign.not-launched");
        }

        if ((await assignments.ListForTeamAsync(campaignId, teamId, null, cancellationToken)).Items.Count == 0)
        {
            return ApiProblems.NotFound(PublishingTexts.TeamNotInCampaign.Format(locale, teamId, campaignId));
        }

        var current = await publications.GetPublicationStatusAsync(campaignId, teamId, cancellationToken);
        if (current is { State: PublicationState.Pending } && clock.GetUtcNow() - current.RequestedAt < PendingGuard)
        {
            return ApiProblems.Conflict(PublishingTexts.AlreadyPending.Format(locale), "publication.pending");
        }

        var status = await publications.RequestPublicationAsync(campaignId, teamId, scope.User.ObjectId, cancellationToken);
        var logger = loggers.CreateLogger(LoggerName);
        LogRequested(logger, campaignId, teamId, scope.User.ObjectId, status.State);
        return TypedResults.Accepted(http.Path.Value, PublicationView.Of(status));
    }

    private static async Task<IResult> StatusAsync(
        string campaignId,
        string teamId,
        HttpRequest http,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        ICampaignRepository campaigns,
        SummaryPublicationService publications,
        CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (!await scopes.For(principal).CanReadTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden(PublishingTexts.NotYourTeam.Format(locale, teamId));
        }

        if (await campaigns.GetAsync(campaignId, cancellationToken) is null)
        {
            return ApiProblems.NotFound(PublishingTexts.NoCampaign.Format(locale, campaignId));
        }

        var status = await publications.GetPublicationStatusAsync(campaignId, teamId, cancellationToken);
        return TypedResults.Ok(status is null ? PublicationView.None(campaignId, teamId) : PublicationView.Of(status));
    }

    [LoggerMessage(EventId = 9501, Level = LogLevel.Information, Message = "Publication of team {TeamId} in campaign {CampaignId} requested by {UserId}: {State}")]
    private static partial void LogRequested(ILogger logger, string campaignId, string teamId, string userId, PublicationState state);
}
