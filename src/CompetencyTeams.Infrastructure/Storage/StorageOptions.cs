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

    /// <summary>
    /// Prepended to every table and queue name, so several deployments (or test runs) can share one account.
    /// It starts with a letter because Azure table names must.
    /// </summary>
    [RegularExpression("^([a-z][a-z0-9]{0,19})?$", ErrorMessage = "Storage:Prefix must be empty or 1-20 lower-case letters or digits starting with a letter.")]
    public string Prefix { get; set; } = "";

    /// <summary>Managed identity client id (user-assigned) when URIs are used; empty for the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>A queue message received this many times without being deleted is moved to the queue's "-poison" twin.</summary>
    [Range(1, 100, ErrorMessage = "Storage:MaxDequeueCount must be between 1 and 100.")]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Time allowed for one storage request before it counts as failed (and is retried when safe).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Storage:NetworkTimeout must be between 1 second and 5 minutes.")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many times the Azure SDK retries a failed request (exponential back-off, capped at 8 s between tries).</summary>
    [Range(0, 10, ErrorMessage = "Storage:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

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
