using System.Globalization;
using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Features.HrConsole;

public sealed record ParticipationItem(string PersonId, string DisplayName, string? TeamId, string? ManagerId, ParticipationState State, DeliveryFailureReason? FailureReason, string? LastError, int Attempts);

public sealed record ParticipationPage(
    string CampaignId,
    int Total,
    IReadOnlyDictionary<ParticipationState, int> ByState,
    IReadOnlyDictionary<DeliveryFailureReason, int> FailedByReason,
    int Matching,
    IReadOnlyList<ParticipationItem> Items,
    string? Continuation);

/// <summary>HR's live participation report: counts per state over everybody, and the matching people, paged.</summary>
public static class ParticipationEndpoints
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapHrParticipation(this RouteGroupBuilder hr)
    {
        hr.MapGet("/campaigns/{campaignId}/participation", GetAsync);
        return hr;
    }

    private static async Task<IResult> GetAsync(
        string campaignId,
        string? state,
        string? teamId,
        string? failureReason,
        string? continuation,
        int? pageSize,
        HttpRequest http,
        ICampaignRepository campaigns,
        ParticipationReport report,
        IPersonRepository people,
        CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (!TryParse<ParticipationState>(state, out var wantedState))
        {
            return HrProblems.Invalid("state", HrTexts.UnknownValue, locale, state, string.Join(", ", Enum.GetNames<ParticipationState>()));
        }

        if (!TryParse<DeliveryFailureReason>(failureReason, out var wantedReason))
        {
            return HrProblems.Invalid("failureReason", HrTexts.UnknownValue, locale, failureReason, string.Join(", ", Enum.GetNames<DeliveryFailureReason>()));
        }

        var size = pageSize ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
        {
            return HrProblems.Invalid("pageSize", HrTexts.BadPageSize, locale, MaxPageSize);
        }

        var offset = 0;
        if (continuation is not null && (!int.TryParse(continuation, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            return HrProblems.Invalid("continuation", HrTexts.BadContinuation, locale);
        }

        if (await campaigns.GetAsync(campaignId, cancellationToken) is null)
        {
            return HrProblems.NotFound(HrTexts.NoCampaign, locale, campaignId);
        }

        var summary = await report.GetAsync(campaignId, new ParticipationFilter(wantedState, string.IsNullOrWhiteSpace(teamId) ? null : teamId, wantedReason), cancellationToken);
        var page = summary.Rows.Skip(offset).Take(size).ToList();
        var names = (await people.GetManyAsync([.. page.Select(r => r.PersonId)], cancellationToken)).ToDictionary(p => p.ObjectId, p => p.DisplayName, StringComparer.Ordinal);
        var items = page.Select(r => new ParticipationItem(r.PersonId, names.GetValueOrDefault(r.PersonId, r.PersonId), r.TeamId, r.ManagerId, r.State, r.FailureReason, r.LastError, r.Attempts)).ToList();
        var next = offset + size < summary.Rows.Count ? (offset + size).ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new ParticipationPage(campaignId, summary.Total, summary.ByState, summary.FailedByReason, summary.Rows.Count, items, next));
    }

    private static bool TryParse<T>(string? text, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }
}
