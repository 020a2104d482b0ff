using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Infrastructure.Storage;

public enum StorageResourceKind
{
    Table,
    Queue,
}

/// <summary>One table or queue the app needs; every registered resource is created by <see cref="StorageInitializer"/>.</summary>
public sealed record StorageResource(StorageResourceKind Kind, string LogicalName);

public static class StorageCatalog
{
    /// <summary>Registers a table (logical name, without prefix) for creation at startup.</summary>
    public static IServiceCollection AddStorageTable(this IServiceCollection services, string logicalName)
    {
        services.AddSingleton(new StorageResource(StorageResourceKind.Table, logicalName));
        return services;
    }

    /// <summary>Registers a queue and its "-poison" twin for creation at startup.</summary>
    public static IServiceCollection AddStorageQueue(this IServiceCollection services, string logicalName)
    {
        services.AddSingleton(new StorageResource(StorageResourceKind.Queue, logicalName));
        return services;
    }

    /// <summary>The tables and queues of the product itself.</summary>
    public static IReadOnlyList<StorageResource> Product { get; } =
    [
        new(StorageResourceKind.Table, StorageNames.Frameworks),
        new(StorageResourceKind.Table, StorageNames.Profiles),
        new(StorageResourceKind.Table, StorageNames.People),
        new(StorageResourceKind.Table, StorageNames.Teams),
        new(StorageResourceKind.Table, StorageNames.Campaigns),
        new(StorageResourceKind.Table, StorageNames.Assignments),
        new(StorageResourceKind.Table, StorageNames.Assessments),
        new(StorageResourceKind.Table, StorageNames.TeamSummaries),
        new(StorageResourceKind.Table, StorageNames.ActionPlans),
        new(StorageResourceKind.Table, StorageNames.AuditLog),
        new(StorageResourceKind.Queue, StorageNames.DeliveryQueue),
    ];
}
