using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.HrConsole;

/// <summary>HR reads, creates and edits campaigns; every change goes through the domain's rules and the version HR read.</summary>
public static class CampaignEndpoints
{
    public static RouteGroupBuilder MapHrCampaigns(this RouteGroupBuilder hr)
    {
        hr.MapGet("/campaigns/{campaignId}", GetAsync);
        hr.MapPost("/campaigns", CreateAsync);
        hr.MapPut("/campaigns/{campaignId}", EditAsync);
        return hr;
    }

    private static async Task<IResult> GetAsync(string campaignId, HttpRequest http, ICampaignRepository campaigns, CancellationToken cancellationToken)
    {
        var stored = await campaigns.GetAsync(campaignId, cancellationToken);
        return stored is null ? HrProblems.NotFound(HrTexts.NoCampaign, http.Locale(), campaignId) : TypedResults.Ok(CampaignView.Of(stored));
    }

    private static async Task<IResult> CreateAsync(
        CreateCampaignRequest request,
        HttpRequest http,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        ICampaignRepository campaigns,
        CampaignCommands commands,
        FrameworkIndexCache frameworks,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Require(missing, "name", request.Name, locale);
        Require(missing, "framework", request.Framework, locale);
        Require(missing, "opensAt", request.OpensAt, locale);
        Require(missing, "deadline", request.Deadline, locale);
        if (missing.Count > 0)
        {
            return HrProblems.Invalid(missing, locale);
        }

        var framework = request.Framework!.Value;
        if (await frameworks.GetAsync(framework, cancellationToken) is null)
        {
            return HrProblems.Invalid("framework", HrTexts.NoFramework, locale, framework.FrameworkId, framework.Version);
        }

        var id = string.IsNullOrWhiteSpace(request.Id) ? "c" + Guid.CreateVersion7(clock.GetUtcNow()).ToString("N") : request.Id.Trim();
        if (await campaigns.GetAsync(id, cancellationToken) is not null)
        {
            return HrProblems.Exists(HrTexts.CampaignExists, locale, id);
        }

        try
        {
            var draft = Campaign.CreateDraft(
                id,
                request.Name!.ToText(),
                framework,
                request.Audience?.ToSpec() ?? AudienceSpec.Of(),
                request.OpensAt!.Value,
                request.Deadline!.Value,
                (request.Reminders ?? new RemindersInput(null, null, null, null)).ToPlan(),
                scopes.For(principal).User.ObjectId,
                clock,
                request.ManagerValidates ?? true,
                request.DeclareTimeShares ?? false);
            draft = request.Recurrence is null ? draft : draft.ChangeRecurrence(request.Recurrence);
            var created = await commands.CreateAsync(draft, cancellationToken);
            return TypedResults.Created($"{TabApiExtensions.RoutePrefix}/hr/campaigns/{Uri.EscapeDataString(id)}", CampaignView.Of(created));
        }
        catch (DomainRuleException rule)
        {
            return HrProblems.FromRule(rule, FieldOf(rule.Code), locale);
        }
        catch (ConcurrencyConflictException)
        {
            return HrProblems.Exists(HrTexts.CampaignExists, locale, id);
        }
    }

    private static async Task<IResult> EditAsync(
        string campaignId,
        EditCampaignRequest request,
        HttpRequest http,
        ICampaignRepository campaigns,
        CampaignCommands commands,
        FrameworkIndexCache frameworks,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (string.IsNullOrWhiteSpace(request.Version))
        {
            return HrProblems.Invalid("version", HrTexts.VersionRequired, locale);
        }

        if (await campaigns.GetAsync(campaignId, cancellationToken) is null)
        {
            return HrProblems.NotFound(HrTexts.NoCampaign, locale, campaignId);
        }

        if (request.Framework is { } framework && await frameworks.GetAsync(framework, cancellationToken) is null)
        {
            return HrProblems.Invalid("framework", HrTexts.NoFramework, locale, framework.FrameworkId, framework.Version);
        }

        return await CampaignActionEndpoints.RunAsync(locale, FieldOf, async () =>
        {
            var changed = await commands.ChangeAsync(campaignId, request.Version, c => CampaignEditor.Apply(c, request, clock), cancellationToken);
            return TypedResults.Ok(CampaignView.Of(changed));
        });
    }

    /// <summary>The request field a campaign rule is about.</summary>
    internal static string FieldOf(string code) => code switch
    {
        "campaign.name" => "name",
        "campaign.id" => "id",
        "campaign.window" or "campaign.deadline-earlier" or "campaign.deadline-past" => "deadline",
        "campaign.opens-in-past" or "campaign.locked" => "opensAt",
        "campaign.empty-audience" => "audience",
        "campaign.reminder-days" => "reminders.daysBeforeDeadline",
        "campaign.time-zone" => "reminders.timeZoneId",
        "campaign.recurrence" => "recurrence.intervalMonths",
        _ => "campaign",
    };

    private static void Require<T>(Dictionary<string, string[]> errors, string field, T? value, string locale)
    {
        if (value is null)
        {
            errors[field] = [HrTexts.Required.For(locale)];
        }
    }
}
