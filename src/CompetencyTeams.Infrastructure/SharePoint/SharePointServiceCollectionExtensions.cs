using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.Infrastructure.SharePoint;

public static class SharePointServiceCollectionExtensions
{
    /// <summary>
    /// The Graph client (options "Graph") and the SharePoint list provisioner and writer (options "SharePoint"),
    /// both validated on start. Call it from the App's composition (e.g. in AddInfrastructure).
    /// </summary>
    public static IServiceCollection AddSharePointPublishing(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SharePointOptions>().BindConfiguration(SharePointOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SharePointGraphClientFactory>();
        services.TryAddKeyedSingleton(GraphClientKey, (sp, _) => sp.GetRequiredService<SharePointGraphClientFactory>().Create());
        services.TryAddSingleton(sp => new SharePointSiteLocator(
            sp.GetRequiredKeyedService<Microsoft.Graph.GraphServiceClient>(GraphClientKey), sp.GetRequiredService<IOptions<SharePointOptions>>()));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<SharePointBatchWriter>(sp, sp.GetRequiredKeyedService<Microsoft.Graph.GraphServiceClient>(GraphClientKey)));
        services.TryAddSingleton<ISharePointListWriter>(sp => ActivatorUtilities.CreateInstance<SharePointListWriter>(sp, sp.GetRequiredKeyedService<Microsoft.Graph.GraphServiceClient>(GraphClientKey)));
        services.TryAddSingleton<ISharePointListProvisioner>(sp => ActivatorUtilities.CreateInstance<SharePointListProvisioner>(sp, sp.GetRequiredKeyedService<Microsoft.Graph.GraphServiceClient>(GraphClientKey)));
        return services;
    }

    /// <summary>The GraphServiceClient used for SharePoint is keyed, so the directory's client (other options) can coexist.</summary>
    public const string GraphClientKey = "sharepoint";
}
