using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CompetencyTeams.Infrastructure.Storage;

/// <summary>Physical table and queue names: the configured prefix plus the logical name, checked against Azure's naming rules.</summary>
public sealed partial class StorageNaming(IOptions<StorageOptions> options)
{
    private readonly string _prefix = options.Value.Prefix;

    public string Table(string logicalName)
    {
        var name = _prefix + logicalName;
        if (!TableNamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid Azure table name (3-63 letters or digits, starting with a letter).", nameof(logicalName));
        }

        return name;
    }

    public string Queue(string logicalName)
    {
        var name = _prefix + logicalName;
        if (!QueueNamePattern().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' is not a valid Azure queue name (3-63 lower-case letters, digits or single hyphens).", nameof(logicalName));
        }

        return name;
    }

    public string PoisonQueue(string logicalName) => Queue(logicalName + StorageNames.PoisonSuffix);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueNamePattern();
}
