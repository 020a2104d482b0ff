using System.ComponentModel.DataAnnotations;

namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>
/// Where tables and queues live. Either a connection string (Azurite: <c>UseDevelopmentStorage=true</c>, or an account key)
/// or the service URIs, in which case the managed identity (DefaultAzureCredential) is used.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    /// <summary>Prepended to every table and queue name, so several deployments (or test runs) can share one account.</summary>
    [RegularExpression("^[a-z0-9]{0,20}$", ErrorMessage = "Storage:Prefix must be 0-20 lower-case letters or digits.")]
    public string Prefix { get; set; } = "";

    /// <summary>Managed identity client id (user-assigned) when URIs are used; empty for the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasUris = TableServiceUri is not null && QueueServiceUri is not null;
        if (hasConnectionString == hasUris)
        {
            yield return new ValidationResult(
                "Set either Storage:ConnectionString, or both Storage:TableServiceUri and Storage:QueueServiceUri.",
                [nameof(ConnectionString), nameof(TableServiceUri), nameof(QueueServiceUri)]);
        }
    }
}
