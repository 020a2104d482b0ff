using CompetencyTeams.Infrastructure.SharePoint;
using CompetencyTeams.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.App.Features.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The delivery engine: rate gate, coordinator (heartbeats, shared pause), queue workers and their helpers.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddStorageTable(DeliveryControlTable.TableName);
        services.AddSingleton(DeliveryInstance.New());
        services.AddSingleton<ConnectorRateGate>();
        services.AddSingleton<DeliveryControlTable>();
        services.AddSingleton<DeliveryCoordinator>();
        services.AddSingleton<DeliveryWakeUp>();
        services.AddSingleton<DeliveryEnqueuer>();
        services.AddSingleton<DeliveryCardFactory>();
        services.AddSingleton<ConnectorSender>();

        // The proactive install reuses the SharePoint publication's Graph client (same options, credential and retries);
        // registered here too when publication is off (TryAdd: whichever comes first stays).
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateDataAnnotations();
        services.TryAddSingleton<SharePointGraphClientFactory>();
        services.TryAddKeyedSingleton(SharePointServiceCollectionExtensions.GraphClientKey, (sp, _) => sp.GetRequiredService<SharePointGraphClientFactory>().Create());
        services.AddSingleton<ProactiveInstall>();
        services.AddSingleton<AssignmentRecorder>();
        services.AddSingleton<RecipientDelivery>();
        services.AddSingleton<ChunkDelivery>();
        services.AddSingleton<DeliveryWorker>();
        // AddSingleton, not AddHostedService: that one de-duplicates factories by their declared type, so a second
        // "BackgroundService" factory (the campaign scheduler's) would silently never run. An instance without workers
        // sends nothing, so it does not heartbeat either: its share of the connector budget goes to those that send.
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<IOptions<DeliveryOptions>>().Value.RunWorkers
            ? sp.GetRequiredService<DeliveryCoordinator>()
            : new IdleService());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<IOptions<DeliveryOptions>>().Value.RunWorkers
            ? sp.GetRequiredService<DeliveryWorker>()
            : new IdleService());
        return services;
    }
}

/// <summary>Stands in for a background service an instance is configured not to run.</summary>
public sealed class IdleService : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
