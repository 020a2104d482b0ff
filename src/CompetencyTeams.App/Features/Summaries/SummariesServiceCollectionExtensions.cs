using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Infrastructure.SharePoint;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CompetencyTeams.App.Features.Summaries;

public static class SummariesServiceCollectionExtensions
{
    /// <summary>
    /// Team summaries (computation and store), the publication state and queue, and — only when SharePoint:SiteHostname
    /// is configured — the SharePoint writer and the background publisher (without it, requests are recorded as failed
    /// with the reason, and the App starts normally).
    /// </summary>
    public static IServiceCollection AddTeamSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SummariesOptions>().BindConfiguration(SummariesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddStorageTable(PublicationStatusStore.TableName);
        services.AddStorageQueue(SummaryPublicationService.QueueName);
        services.TryAddSingleton<ITeamSummaryRepository, TableTeamSummaryRepository>();
        services.TryAddSingleton<FrameworkIndexCache>();
        services.AddSingleton<CampaignAnalysisLoader>();
        services.AddSingleton<TeamSummaryService>();
        services.AddSingleton<PublicationStatusStore>();
        services.AddSingleton<SummaryPublicationService>();

        var configured = !string.IsNullOrWhiteSpace(configuration[$"{SharePointOptions.SectionName}:{nameof(SharePointOptions.SiteHostname)}"]);
        services.AddSingleton(new SharePointAvailability(configured));
        if (configured)
        {
            services.AddSharePointPublishing();
            services.AddHostedService<SummaryPublicationWorker>();
        }

        return services;
    }
}
