using CompetencyTeams.Infrastructure.Storage;
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
        services.AddSingleton<DeliveryEnqueuer>();
        services.AddSingleton<DeliveryCardFactory>();
        services.AddSingleton<ConnectorSender>();
        services.AddSingleton<RecipientDelivery>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryCoordinator>());
        services.AddHostedService<BackgroundService>(sp => sp.GetRequiredService<IOptions<DeliveryOptions>>().Value.RunWorkers
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
