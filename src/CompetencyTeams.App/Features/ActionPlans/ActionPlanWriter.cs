using CompetencyTeams.App.Auth;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.ActionPlans;

/// <summary>Reads a team's plan, applies one change under optimistic concurrency, audits it, and answers with the plan saved.</summary>
public sealed partial class ActionPlanWriter(IActionPlanRepository plans, IAuditLog audit, TimeProvider clock, ILogger<ActionPlanWriter> logger)
{
    public async Task<IResult> ChangeAsync(
        string campaignId,
        string teamId,
        string? expectedVersion,
        CurrentUser actor,
        Func<ActionPlan, string, TimeProvider, ActionPlan> change,
        CancellationToken cancellationToken)
    {
        var stored = await plans.GetAsync(campaignId, teamId, cancellationToken);
        if (expectedVersion is { Length: > 0 } && !string.Equals(expectedVersion, stored?.Version, StringComparison.Ordinal))
        {
            return ApiProblems.ConcurrencyConflict();
        }

        var now = clock.GetUtcNow();
        try
        {
            var changed = change(stored?.Value ?? ActionPlan.Empty(campaignId, teamId), Guid.CreateVersion7(now).ToString("N"), clock);
            var version = await plans.SaveAsync(changed, stored?.Version, cancellationToken);
            await audit.AppendAsync(
                new AuditEntry(Guid.CreateVersion7(now).ToString("N"), now, actor.ObjectId, "manager", AuditActions.ActionPlanChanged, "actionplan", $"{campaignId}/{teamId}")
                {
                    CampaignId = campaignId,
                    Details = new Dictionary<string, string>(StringComparer.Ordinal) { ["actions"] = changed.Actions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                },
                cancellationToken);
            LogChanged(logger, campaignId, teamId, actor.ObjectId, changed.Actions.Count);
            return TypedResults.Ok(new ActionPlanSaved(changed, version));
        }
        catch (DomainRuleException rule)
        {
            return ApiProblems.FromRule(rule, rule.Code.Replace("actionplan.", "", StringComparison.Ordinal));
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.ConcurrencyConflict();
        }
    }

    [LoggerMessage(EventId = 9201, Level = LogLevel.Information, Message = "Action plan {CampaignId}/{TeamId} changed by {ActorId} ({Count} action(s))")]
    private static partial void LogChanged(ILogger logger, string campaignId, string teamId, string actorId, int count);
}

public sealed record ActionPlanSaved(ActionPlan Plan, string Version);
