using CompetencyTeams.Infrastructure.SharePoint;
using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CompetencyTeams.App.Features.DirectorySync;

public static class DirectorySyncServiceCollectionExtensions
{
    /// <summary>
    /// The directory sync's options (validated on start) and, when DirectorySync:Enabled, the Graph reader (the same
    /// keyed Graph client as the publication and the proactive install), its ledger, the service and — unless
    /// DirectorySync:RunWorker is false — the periodic worker.
    /// </summary>
    public static IServiceCollection AddDirectorySync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectorySyncOptions>().BindConfiguration(DirectorySyncOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var section = configuration.GetSection(DirectorySyncOptions.SectionName);
        if (!section.GetValue<bool>(nameof(DirectorySyncOptions.Enabled)))
        {
            return services;
        }

        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SharePointGraphClientFactory>();
        services.TryAddKeyedSingleton(SharePointServiceCollectionExtensions.GraphClientKey, (sp, _) => sp.GetRequiredService<SharePointGraphClientFactory>().Create());
        services.AddStorageTable(DirectorySyncLedger.TableName);
        services.AddSingleton<GraphDirectoryReader>();
        services.AddSingleton<DirectorySyncLedger>();
        services.AddSingleton<DirectorySyncService>();
        services.AddSingleton<DirectorySyncWorker>();
        if (section.GetValue(nameof(DirectorySyncOptions.RunWorker), true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<DirectorySyncWorker>());
        }

        return services;
    }
}
