using System.Security.Claims;
using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.HrConsole;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Localization;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Common;

namespace CompetencyTeams.App.Features.Exports;

/// <summary>GET …/teams/{teamId}/export?format=csv|xlsx: the team's results as a file, for HR and the team's manager.</summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId}/teams/{teamId}/export", ExportAsync);
        return api;
    }

    private static async Task<IResult> ExportAsync(
        string campaignId,
        string teamId,
        string? format,
        HttpRequest http,
        ClaimsPrincipal principal,
        AccessScopeFactory scopes,
        CampaignAnalysisLoader loader,
        IAssessmentRepository assessments,
        CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (!await scopes.For(principal).CanReadTeamAsync(teamId, cancellationToken))
        {
            return ApiProblems.Forbidden(ExportTexts.NotYourTeam.Format(locale, teamId));
        }

        format = (format ?? "").ToLowerInvariant();
        if (format is not ("csv" or "xlsx"))
        {
            return ApiProblems.Invalid("format", ExportTexts.UnknownFormat.Format(locale, format));
        }

        var analysis = await loader.TryLoadAsync(campaignId, cancellationToken);
        if (analysis is null)
        {
            return ApiProblems.NotFound(ExportTexts.NoCampaign.Format(locale, campaignId));
        }

        var table = TeamExport.Build(analysis, teamId, await ReadTeamAsync(assessments, campaignId, teamId, cancellationToken));
        var name = FileName(campaignId, teamId);
        return format == "csv"
            ? TypedResults.File(CsvExportWriter.Write(table), "text/csv; charset=utf-8", name + ".csv")
            : TypedResults.File(XlsxExportWriter.Write(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }

    private static async Task<Dictionary<string, Assessment>> ReadTeamAsync(IAssessmentRepository assessments, string campaignId, string teamId, CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, Assessment>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            Page<Versioned<Assessment>> page = await assessments.ListForTeamAsync(campaignId, teamId, token, cancellationToken);
            foreach (var stored in page.Items)
            {
                all[stored.Value.PersonId] = stored.Value;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    private static string FileName(string campaignId, string teamId) =>
        new([.. $"{campaignId}-{teamId}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
