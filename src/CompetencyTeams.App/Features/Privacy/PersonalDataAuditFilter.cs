using System.Globalization;
using CompetencyTeams.App.Auth;
using CompetencyTeams.Domain.Audit;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>Marks an endpoint that writes its own, more precise audit entry (export, erasure): the filter skips it.</summary>
public sealed class SelfAuditedEndpoint;

/// <summary>
/// An endpoint filter on the whole /api/tab group: every successful request that reads or changes another person's
/// data (a {personId} other than the caller's, or a {teamId}) appends who did it, in which role, to whom, to the audit
/// log — before the answer is written, so a read that cannot be recorded is not served.
/// </summary>
public static class PersonalDataAuditFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var http = context.HttpContext;
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        if (status >= 400 || http.GetEndpoint()?.Metadata.GetMetadata<SelfAuditedEndpoint>() is not null)
        {
            return result;
        }

        var entry = EntryFor(http, status);
        if (entry is not null)
        {
            await http.RequestServices.GetRequiredService<IAuditLog>().AppendAsync(entry, http.RequestAborted);
        }

        return result;
    }

    private static AuditEntry? EntryFor(HttpContext http, int status)
    {
        var actor = http.User.GetObjectId();
        var personId = http.Request.RouteValues["personId"] as string;
        var teamId = http.Request.RouteValues["teamId"] as string;
        var aboutSelf = personId is not null && string.Equals(personId, actor, StringComparison.OrdinalIgnoreCase);
        if (actor is null || (personId is null && teamId is null) || (aboutSelf && teamId is null))
        {
            return null;
        }

        var hrRole = http.RequestServices.GetRequiredService<IOptions<TabOptions>>().Value.HrRole;
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        return new AuditEntry(
            Guid.NewGuid().ToString("N"),
            clock.GetUtcNow(),
            actor,
            http.User.IsInRole(hrRole) ? "hr" : "manager",
            read ? AuditActions.PersonalDataRead : AuditActions.PersonalDataChanged,
            personId is not null ? "person" : "team",
            personId ?? teamId!)
        {
            CampaignId = http.Request.RouteValues["campaignId"] as string,
            SubjectPersonId = aboutSelf ? null : personId,
            Details = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["method"] = http.Request.Method,
                ["route"] = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "",
                ["status"] = status.ToString(CultureInfo.InvariantCulture),
                ["team"] = teamId ?? "",
            },
        };
    }
}
