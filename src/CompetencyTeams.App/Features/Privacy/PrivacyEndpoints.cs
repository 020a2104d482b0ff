using System.Security.Claims;
using System.Text.RegularExpressions;
using CompetencyTeams.App.Auth;
using CompetencyTeams.Domain.Audit;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.Net.Http.Headers;

namespace CompetencyTeams.App.Features.Privacy;

/// <summary>The body of an erasure: the person's id typed again, so that a mistaken click erases nobody.</summary>
public sealed record ErasureRequest(string? ConfirmPersonId);

/// <summary>
/// Privacy on the tab API: the notice (anyone), and for HR one person's export (JSON or a readable HTML page) and
/// erasure. Also puts <see cref="PersonalDataAuditFilter"/> on the whole group, so reads of others' data are audited.
/// </summary>
public static partial class PrivacyEndpoints
{
    private const int MaxPersonIdLength = 128;

    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.AddEndpointFilter(PersonalDataAuditFilter.InvokeAsync);
        api.MapGet("/privacy-notice", (string? locale, HttpRequest request, IOptions<PrivacyOptions> options) =>
            TypedResults.Ok(PrivacyNotice.For(locale ?? FirstLanguage(request), options.Value))).AllowAnonymous();
        var hr = api.MapGroup("/hr/privacy").RequireAuthorization(TabPolicies.Hr).WithMetadata(new SelfAuditedEndpoint());
        hr.MapGet("/people/{personId}/export", ExportAsync);
        hr.MapPost("/people/{personId}/erasure", EraseAsync);
        return api;
    }

    private static async Task<IResult> ExportAsync(
        string personId,
        string? format,
        string? locale,
        HttpContext http,
        ClaimsPrincipal principal,
        PersonalDataCollector collector,
        IAuditLog audit,
        TimeProvider clock,
        ILogger<PersonalDataCollector> logger,
        CancellationToken cancellationToken)
    {
        var html = string.Equals(format, "html", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !html && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Invalid("format", "format must be json or html / le format doit être json ou html.");
        }

        if (InvalidId(personId) is { } invalid)
        {
            return invalid;
        }

        var actor = principal.GetObjectId()!;
        var export = await collector.CollectAsync(personId, actor, cancellationToken);
        if (export.IsEmpty)
        {
            return ApiProblems.NotFound($"There is no data about '{personId}' / Aucune donnée sur '{personId}'.");
        }

        await audit.AppendAsync(
            new AuditEntry(Guid.NewGuid().ToString("N"), clock.GetUtcNow(), actor, "hr", AuditActions.PersonExported, "person", personId)
            {
                SubjectPersonId = personId,
                Details = new Dictionary<string, string>(StringComparer.Ordinal) { ["format"] = html ? "html" : "json" },
            },
            cancellationToken);
        PrivacyLog.Exported(logger, actor, html ? "html" : "json");
        http.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"personal-data-{SafeFileName().Replace(personId, "_")}.{(html ? "html" : "json")}\"";
        return html
            ? TypedResults.Content(PersonalDataHtml.Render(export, locale ?? FirstLanguage(http.Request)), "text/html; charset=utf-8")
            : TypedResults.Ok(export);
    }

    private static async Task<IResult> EraseAsync(
        string personId,
        ErasureRequest? request,
        ClaimsPrincipal principal,
        PersonErasure erasure,
        ILogger<PersonErasure> logger,
        CancellationToken cancellationToken)
    {
        if (InvalidId(personId) is { } invalid)
        {
            return invalid;
        }

        if (!string.Equals(request?.ConfirmPersonId, personId, StringComparison.Ordinal))
        {
            return ApiProblems.Invalid("confirmPersonId", "Type the person's id again in confirmPersonId to erase them / Saisissez de nouveau l'identifiant de la personne dans confirmPersonId pour l'effacer.");
        }

        var actor = principal.GetObjectId()!;
        var report = await erasure.EraseAsync(personId, actor, cancellationToken);
        PrivacyLog.Erased(logger, actor, report.Pseudonym);
        return TypedResults.Ok(report);
    }

    private static IResult? InvalidId(string personId) =>
        string.IsNullOrWhiteSpace(personId) || personId.Length > MaxPersonIdLength
            ? ApiProblems.Invalid("personId", $"A person id has 1 to {MaxPersonIdLength} characters / Un identifiant de personne a de 1 à {MaxPersonIdLength} caractères.")
            : null;

    private static string? FirstLanguage(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value).FirstOrDefault();

    [GeneratedRegex("[^A-Za-z0-9-]")]
    private static partial Regex SafeFileName();
}
