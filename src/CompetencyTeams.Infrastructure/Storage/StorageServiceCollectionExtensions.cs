using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using CompetencyTeams.Infrastructure.Storage.Queues;
using CompetencyTeams.Infrastructure.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.Infrastructure.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Table and queue service clients (connection string, or URIs with the managed identity), with bounded exponential
    /// retries and a network timeout; the product's tables and queues; and the hosted initializer that creates them.
    /// </summary>
    public static IServiceCollection AddTableAndQueueStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clientOptions = new TableClientOptions();
            ConfigureRetry(clientOptions.Retry, options);
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new TableServiceClient(options.TableServiceUri!, Credential(options), clientOptions)
                : new TableServiceClient(options.ConnectionString, clientOptions);
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
            ConfigureRetry(clientOptions.Retry, options);
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new QueueServiceClient(options.QueueServiceUri!, Credential(options), clientOptions)
                : new QueueServiceClient(options.ConnectionString, clientOptions);
        });

        services.AddSingleton<StorageNaming>();
        services.AddSingleton<StorageTables>();
        services.AddSingleton<WorkQueues>();
        foreach (var resource in StorageCatalog.Product)
        {
            services.AddSingleton(resource);
        }

        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());
        return services;
    }

    // The SDK retries every request, including inserts and conditional updates. A retried write whose first attempt
    // did land comes back as 409/412, which we report as a conflict: the safe direction (never a false "saved").
    private static void ConfigureRetry(RetryOptions retry, StorageOptions options)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = options.MaxRetries;
        retry.Delay = TimeSpan.FromMilliseconds(500);
        retry.MaxDelay = TimeSpan.FromSeconds(8);
        retry.NetworkTimeout = options.NetworkTimeout;
    }

    private static TokenCredential Credential(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
