using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace CompetencyTeams.TestSupport.Storage;

/// <summary>
/// The shared storage fixture: uses the Azurite that ./test.sh started (CT_TEST_STORAGE_CONNECTION) or starts its own.
/// Every test gets its own table/queue prefix, so tests share one Azurite without seeing each other's data.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string ConnectionVariable = "CT_TEST_STORAGE_CONNECTION";

    private AzuriteInstance? _owned;
    private int _prefixCounter;

    public string ConnectionString { get; private set; } = "";

    /// <summary>True when this fixture started Azurite itself rather than using the one from ./test.sh.</summary>
    public bool OwnsAzurite => _owned is not null;

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        _owned = await AzuriteInstance.StartAsync();
        ConnectionString = _owned.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }

    /// <summary>A table-name-safe prefix unique to this test run and call (letters and digits only).</summary>
    public string NewPrefix()
    {
        var n = Interlocked.Increment(ref _prefixCounter);
        return $"t{Guid.NewGuid():N}"[..9] + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public TableServiceClient CreateTableServiceClient() => new(ConnectionString);

    public QueueServiceClient CreateQueueServiceClient() => new(ConnectionString);
}
