using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Dashboards;

/// <summary>GET /api/tab/people/{personId}/history[?exclude=campaignId]: who may read the person (HR, their manager, themselves) may read their history.</summary>
public static class PersonHistoryEndpoint
{
    public static RouteGroupBuilder MapPersonHistory(this RouteGroupBuilder api)
    {
        api.MapGet("/people/{personId}/history", HistoryAsync);
        return api;
    }

    private static async Task<IResult> HistoryAsync(
        string personId,
        string? exclude,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        IPersonRepository people,
        IAssessmentRepository assessments,
        ICampaignRepository campaigns,
        FrameworkIndexCache frameworks,
        IOptions<DashboardsOptions> options,
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

        var taken = new List<(Campaign, Assessment)>();
        foreach (var assessment in await assessments.ListForPersonAsync(personId, cancellationToken))
        {
            if ((await campaigns.GetAsync(assessment.CampaignId, cancellationToken))?.Value is { } campaign)
            {
                taken.Add((campaign, assessment));
            }
        }

        var selected = PersonHistoryBuilder.Select(taken, exclude, options.Value.HistoryCampaigns);
        var indexes = new List<Domain.Frameworks.FrameworkIndex?>();
        foreach (var (campaign, _) in selected)
        {
            indexes.Add(await frameworks.GetAsync(campaign.Framework, cancellationToken));
        }

        return TypedResults.Ok(PersonHistoryBuilder.Build(person.ObjectId, person.DisplayName, selected, indexes));
    }
}
