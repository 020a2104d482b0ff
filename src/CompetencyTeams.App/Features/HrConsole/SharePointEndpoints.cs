using CompetencyTeams.App.Localization;
using CompetencyTeams.Infrastructure.SharePoint;

namespace CompetencyTeams.App.Features.HrConsole;

public sealed record ProvisioningResult(bool ChangedAnything, IReadOnlyList<string> CreatedLists, IReadOnlyList<string> AddedColumns);

/// <summary>HR's "create the SharePoint lists" action: the same idempotent provisioning as the provision-sharepoint command.</summary>
public static partial class SharePointEndpoints
{
    private const string LoggerName = "CompetencyTeams.App.Features.HrConsole.SharePointEndpoints";

    public static RouteGroupBuilder MapHrSharePoint(this RouteGroupBuilder hr)
    {
        hr.MapPost("/sharepoint/provision", ProvisionAsync);
        return hr;
    }

    private static async Task<IResult> ProvisionAsync(HttpRequest http, IServiceProvider services, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var locale = http.Locale();
        if (services.GetService<ISharePointListProvisioner>() is not { } provisioner)
        {
            return HrProblems.Conflict(HrTexts.SharePointNotConfigured, "sharepoint.not-configured", locale);
        }

        try
        {
            var report = await provisioner.ProvisionAsync(cancellationToken);
            var logger = loggers.CreateLogger(LoggerName);
            LogProvisioned(logger, report.CreatedLists.Count, report.AddedColumns.Count);
            return TypedResults.Ok(new ProvisioningResult(report.ChangedAnything, report.CreatedLists, report.AddedColumns));
        }
        catch (SharePointPublicationException ex)
        {
            return TypedResults.Problem(
                HrTexts.SharePointFailed.Format(locale, ex.Message),
                statusCode: StatusCodes.Status502BadGateway,
                title: "SharePoint failed",
                extensions: new Dictionary<string, object?> { ["code"] = "sharepoint.failed", ["failure"] = ex.Failure.ToString() });
        }
    }

    [LoggerMessage(EventId = 9301, Level = LogLevel.Information, Message = "SharePoint provisioned from the tab: {Lists} list(s) created, {Columns} column(s) added")]
    private static partial void LogProvisioned(ILogger logger, int lists, int columns);
}
