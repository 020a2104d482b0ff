using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>The tab's read API: who am I, a team's dashboard, a person's view, and HR's organisation map.</summary>
public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboards(this RouteGroupBuilder api)
    {
        api.MapGet("/me", MeAsync);
        api.MapGet("/campaigns/{campaignId}/teams/{teamId}/dashboard", TeamDashboardAsync);
        api.MapGet("/campaigns/{campaignId}/people/{personId}", PersonAsync);
        api.MapGet("/campaigns/{campaignId}/organisation", OrganisationAsync).RequireAuthorization(TabPolicies.Hr);
        api.MapPersonHistory();
        return api;
    }

    private static async Task<IResult> MeAsync(ClaimsPrincipal principal, AccessScopeFactory scopes, CancellationToken cancellationToken)
    {
        var scope = scopes.For(principal);
        var managed = await scope.ManagedTeamsAsync(cancellationToken);
        return TypedResults.Ok(new
        {
            scope.User.ObjectId,
            scope.User.DisplayName,
            scope.IsHr,
            IsManager = await scope.IsManagerAsync(cancellationToken),
            ManagedTeams = managed.Select(t => new { t.Id, t.Name }),
        });
    }

    private static async Task<IResult> TeamDashboardAsync(
        string campaignId,
        string teamId,
        string? block,
        string? profile,
        bool? gapOnly,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        DashboardAnalyses analyses,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!await scopes.For(principal).CanReadTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden($"You may not see team '{teamId}'.");
        }

        var analysis = await analyses.GetAsync(campaignId, cancellationToken);
        if (analysis is null)
        {
            return ApiProblems.NotFound($"There is no campaign '{campaignId}'.");
        }

        if (block is not null && analysis.Framework.FindBlock(block) is null)
        {
            return ApiProblems.Invalid("block", $"Block '{block}' is not in framework {analysis.Framework.Framework.Ref}.");
        }

        return TypedResults.Ok(TeamDashboardBuilder.Build(analysis, teamId, new DashboardFilter(block, profile, gapOnly ?? false), clock));
    }

    private static async Task<IResult> PersonAsync(
        string campaignId,
        string personId,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        IPersonRepository people,
        IAssessmentRepository assessments,
        DashboardAnalyses analyses,
        CancellationToken cancellationToken)
    {
        var scope = scopes.For(principal);
        var person = (await people.GetAsync(personId, cancellationToken))?.Value;
        if (person is null)
        {
            return scope.IsHr ? ApiProblems.NotFound($"There is no person '{personId}'.") : ApiProblems.Forbidden($"You may not see person '{personId}'.");
        }

        if (!await scope.CanReadPersonAsync(person, cancellationToken))
        {
            return ApiProblems.Forbidden($"You may not see person '{personId}'.");
        }

        var analysis = await analyses.GetAsync(campaignId, cancellationToken);
        if (analysis is null)
        {
            return ApiProblems.NotFound($"There is no campaign '{campaignId}'.");
        }

        var assessment = await assessments.GetAsync(campaignId, personId, cancellationToken);
        var history = await assessments.ListForPersonAsync(personId, cancellationToken);
        return TypedResults.Ok(PersonViewBuilder.Build(analysis.Report, campaignId, person, assessment, history));
    }

    private static async Task<IResult> OrganisationAsync(
        string campaignId,
        DashboardAnalyses analyses,
        IOptions<TabOptions> options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var analysis = await analyses.GetAsync(campaignId, cancellationToken);
        return analysis is null
            ? ApiProblems.NotFound($"There is no campaign '{campaignId}'.")
            : TypedResults.Ok(OrganisationMapBuilder.Build(analysis, options.Value.OrganisationSmallGroupThreshold, clock));
    }
}
