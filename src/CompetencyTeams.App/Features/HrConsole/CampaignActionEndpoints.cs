using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>HR's campaign actions (schedule, unschedule, launch now, cancel, remind now, retry the failed, close now) through <see cref="CampaignCommands"/>.</summary>
public static class CampaignActionEndpoints
{
    public static RouteGroupBuilder MapHrCampaignActions(this RouteGroupBuilder hr)
    {
        hr.MapPost("/campaigns/{campaignId}/schedule", (string campaignId, CampaignActionRequest? request, HttpRequest http, CampaignCommands commands, ICampaignRepository campaigns, CancellationToken ct) =>
            Versioned(campaignId, request, http, campaigns, (version) => commands.ScheduleAsync(campaignId, version, ct), ct));
        hr.MapPost("/campaigns/{campaignId}/unschedule", (string campaignId, CampaignActionRequest? request, HttpRequest http, CampaignCommands commands, ICampaignRepository campaigns, CancellationToken ct) =>
            Versioned(campaignId, request, http, campaigns, (version) => commands.ChangeAsync(campaignId, version, c => c.Unschedule(), ct), ct));
        hr.MapPost("/campaigns/{campaignId}/cancel", (string campaignId, CampaignActionRequest? request, HttpRequest http, CampaignCommands commands, ICampaignRepository campaigns, CancellationToken ct) =>
            Versioned(campaignId, request, http, campaigns, (version) => commands.CancelAsync(campaignId, version, request?.Reason?.Trim() ?? "", ct), ct));
        hr.MapPost("/campaigns/{campaignId}/launch-now", (string campaignId, HttpRequest http, CampaignCommands commands, ICampaignRepository campaigns, CancellationToken ct) =>
            Unversioned(campaignId, http, campaigns, async () => new { Launched = await commands.LaunchNowAsync(campaignId, ct) }, (view, r) => new CampaignActionResult(view) { Launched = r.Launched }, ct));
        hr.MapPost("/campaigns/{campaignId}/remind-now", (string campaignId, HttpRequest http, CampaignCommands commands, ICampaignRepository campaigns, CancellationToken ct) =>
            Unversioned(campaignId, http, campaigns, () => commands.RemindNowAsync(campaignId, ct), (view, key) => new CampaignActionResult(view) { ReminderKey = key }, ct));
        hr.MapPost("/campaigns/{campaignId}/retry-failed", (string campaignId, HttpRequest http, CampaignCommands commands, ICampaignRepository campaigns, CancellationToken ct) =>
            Unversioned(campaignId, http, campaigns, () => commands.RetryFailedAsync(campaignId, ct), (view, count) => new CampaignActionResult(view) { Retried = count }, ct));
        hr.MapPost("/campaigns/{campaignId}/close-now", (string campaignId, HttpRequest http, CampaignCommands commands, ICampaignRepository campaigns, CancellationToken ct) =>
            Unversioned(campaignId, http, campaigns, async () => new { Closed = await commands.CloseNowAsync(campaignId, ct) }, (view, r) => new CampaignActionResult(view) { Closed = r.Closed }, ct));
        return hr;
    }

    /// <summary>Runs a change and maps its failures: unknown → 404, a stale version → 409, a rule → 409 (state) or 400 (value).</summary>
    internal static async Task<IResult> RunAsync(string locale, Func<string, string> fieldOf, Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (KeyNotFoundException ex)
        {
            return Auth.ApiProblems.NotFound(ex.Message);
        }
        catch (ConcurrencyConflictException)
        {
            return HrProblems.Concurrency(locale);
        }
        catch (DomainRuleException rule)
        {
            return HrProblems.FromRule(rule, fieldOf(rule.Code), locale);
        }
    }

    private static async Task<IResult> Versioned(
        string campaignId, CampaignActionRequest? request, HttpRequest http, ICampaignRepository campaigns, Func<string, Task<Versioned<Campaign>>> change, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (request?.Version is not { Length: > 0 } version)
        {
            return HrProblems.Invalid("version", HrTexts.VersionRequired, locale);
        }

        if (await campaigns.GetAsync(campaignId, cancellationToken) is null)
        {
            return HrProblems.NotFound(HrTexts.NoCampaign, locale, campaignId);
        }

        return await RunAsync(locale, CampaignEndpoints.FieldOf, async () => TypedResults.Ok(new CampaignActionResult(CampaignView.Of(await change(version)))));
    }

    private static async Task<IResult> Unversioned<T>(
        string campaignId, HttpRequest http, ICampaignRepository campaigns, Func<Task<T>> action, Func<CampaignView, T, CampaignActionResult> answer, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (await campaigns.GetAsync(campaignId, cancellationToken) is null)
        {
            return HrProblems.NotFound(HrTexts.NoCampaign, locale, campaignId);
        }

        return await RunAsync(locale, CampaignEndpoints.FieldOf, async () =>
        {
            var outcome = await action();
            var now = await campaigns.GetAsync(campaignId, cancellationToken);
            return TypedResults.Ok(answer(CampaignView.Of(now!), outcome));
        });
    }
}
