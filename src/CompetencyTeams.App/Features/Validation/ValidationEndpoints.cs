using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.Validation;

/// <summary>The manager's double evaluation: validate (accept or adjust) one assessment, or accept a team's submitted ones as they are.</summary>
public static class ValidationEndpoints
{
    public static RouteGroupBuilder MapValidation(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{campaignId}/people/{personId}/validation", ValidateAsync);
        api.MapPost("/campaigns/{campaignId}/teams/{teamId}/validation/accept-all", AcceptAllAsync);
        return api;
    }

    private static async Task<IResult> ValidateAsync(
        string campaignId,
        string personId,
        ValidationRequest request,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        IPersonRepository people,
        IAssessmentRepository assessments,
        AssessmentValidator validator,
        ValidationNotices notices,
        CancellationToken cancellationToken)
    {
        var scope = scopes.For(principal);
        var person = (await people.GetAsync(personId, cancellationToken))?.Value;
        if (person is null || !await scope.ManagesAsync(person, cancellationToken))
        {
            return ApiProblems.Forbidden($"Only the manager of '{personId}' validates their assessment.");
        }

        var (levels, errors) = request.ParseLevels();
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var loaded = await validator.LoadCampaignAsync(campaignId, cancellationToken);
        var stored = loaded is null ? null : await assessments.GetAsync(campaignId, personId, cancellationToken);
        if (loaded is not { } found || stored is null)
        {
            return ApiProblems.NotFound($"There is no assessment of '{personId}' in campaign '{campaignId}'.");
        }

        if (request.Version is { Length: > 0 } version && !string.Equals(version, stored.Version, StringComparison.Ordinal))
        {
            return ApiProblems.ConcurrencyConflict();
        }

        try
        {
            var result = await validator.ValidateAsync(
                found.Campaign, found.Framework, stored, scope.User, levels, request.Comments ?? new Dictionary<string, string>(), request.OverallComment, cancellationToken);
            await notices.NotifyAsync(campaignId, [personId], cancellationToken);
            return TypedResults.Ok(result);
        }
        catch (DomainRuleException rule)
        {
            return ApiProblems.FromRule(rule, "levels");
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.ConcurrencyConflict();
        }
    }

    private static async Task<IResult> AcceptAllAsync(
        string campaignId,
        string teamId,
        AcceptAllRequest? request,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        IPersonRepository people,
        IAssessmentRepository assessments,
        AssessmentValidator validator,
        ValidationNotices notices,
        CancellationToken cancellationToken)
    {
        var scope = scopes.For(principal);
        if (!await scope.ManagesTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden($"Only the manager of team '{teamId}' validates its assessments.");
        }

        if (await validator.LoadCampaignAsync(campaignId, cancellationToken) is not { } found)
        {
            return ApiProblems.NotFound($"There is no campaign '{campaignId}'.");
        }

        var wanted = request?.PersonIds is { Count: > 0 } ids ? new HashSet<string>(ids, StringComparer.Ordinal) : null;
        var validated = new List<string>();
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await assessments.ListForTeamAsync(campaignId, teamId, token, cancellationToken);
            foreach (var stored in page.Items.Where(a => wanted is null || wanted.Contains(a.Value.PersonId)))
            {
                var outcome = await AcceptOneAsync(scope, people, validator, found, stored, cancellationToken);
                if (outcome is null)
                {
                    validated.Add(stored.Value.PersonId);
                }
                else
                {
                    skipped[stored.Value.PersonId] = outcome;
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        foreach (var missing in wanted?.Where(id => !validated.Contains(id) && !skipped.ContainsKey(id)) ?? [])
        {
            skipped[missing] = "no-assessment-in-team";
        }

        await notices.NotifyAsync(campaignId, validated, cancellationToken);
        return TypedResults.Ok(new AcceptAllResult(validated, skipped));
    }

    /// <summary>Null when accepted; otherwise why the assessment was left as it is.</summary>
    private static async Task<string?> AcceptOneAsync(
        AccessScope scope,
        IPersonRepository people,
        AssessmentValidator validator,
        (Domain.Campaigns.Campaign Campaign, FrameworkIndex Framework) found,
        Versioned<Assessment> stored,
        CancellationToken cancellationToken)
    {
        if (stored.Value.Status != AssessmentStatus.Submitted)
        {
            return stored.Value.Status == AssessmentStatus.Validated ? "already-validated" : "not-submitted";
        }

        var person = (await people.GetAsync(stored.Value.PersonId, cancellationToken))?.Value;
        if (person is null || !await scope.ManagesAsync(person, cancellationToken))
        {
            return "not-your-report";
        }

        try
        {
            await validator.ValidateAsync(found.Campaign, found.Framework, stored, scope.User, new Dictionary<string, LevelAnswer>(), new Dictionary<string, string>(), null, cancellationToken);
            return null;
        }
        catch (DomainRuleException rule)
        {
            return rule.Code;
        }
        catch (ConcurrencyConflictException)
        {
            return "concurrency";
        }
    }
}
