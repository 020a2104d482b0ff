using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Everything that talks to Azure: storage now; SharePoint and the directory join here as they come.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddTableAndQueueStorage();
        services.AddTableRepositories();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }
}
