using CompetencyTeams.App.Auth;
using CompetencyTeams.App.Features.HrConsole;
using CompetencyTeams.App.Localization;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.DirectorySync;

/// <summary>POST /api/tab/hr/directory/sync: HR runs the directory sync now and gets its report (docs/api.md).</summary>
public static class DirectorySyncEndpoints
{
    public static RouteGroupBuilder MapHrDirectorySync(this RouteGroupBuilder hr)
    {
        hr.MapPost("/directory/sync", SyncAsync);
        return hr;
    }

    private static async Task<IResult> SyncAsync(HttpContext http, IOptions<DirectorySyncOptions> options, CancellationToken cancellationToken)
    {
        var french = AppLocale.IsFrench(http.Request.Locale());
        if (!options.Value.Enabled || http.RequestServices.GetService<DirectorySyncService>() is not { } sync)
        {
            return ApiProblems.Conflict(
                french
                    ? "La synchronisation de l'annuaire avec Graph est désactivée (DirectorySync:Enabled) : importez les personnes et les équipes en CSV."
                    : "The directory sync from Graph is off (DirectorySync:Enabled); import people and teams from CSV instead.",
                "directory.not-configured");
        }

        try
        {
            return await sync.RunAsync(cancellationToken) is { } report
                ? TypedResults.Ok(report)
                : ApiProblems.Conflict(
                    french ? "Une synchronisation de l'annuaire est déjà en cours ; réessayez dans quelques minutes." : "A directory sync is running already; try again in a few minutes.",
                    "directory.sync-running");
        }
        catch (DirectorySyncException ex)
        {
            if (ex.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return TypedResults.Problem(
                french ? FrenchReason(ex.Status) + " Rien n'a été modifié." : ex.Message + " Nothing was changed.",
                statusCode: StatusCodes.Status502BadGateway,
                title: "Graph",
                extensions: new Dictionary<string, object?> { ["code"] = "directory.failed", ["graphStatus"] = ex.Status });
        }
    }

    private static string FrenchReason(int status) => status switch
    {
        403 => "Graph a refusé l'accès (403) : l'application a besoin de la permission d'application User.Read.All, accordée par un administrateur.",
        401 => "Graph a rejeté le jeton de l'application (401) : vérifiez la section Graph des paramètres.",
        429 => "Graph limite encore les appels (429) après les nouvelles tentatives ; réessayez plus tard.",
        >= 500 => $"Graph est indisponible ({status}) ; réessayez plus tard.",
        _ => $"Graph a répondu {status}.",
    };
}
