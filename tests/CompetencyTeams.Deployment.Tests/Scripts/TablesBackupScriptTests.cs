using Azure.Data.Tables;
using Azure.Data.Tables.Sas;
using CompetencyTeams.Deployment.Tests.Support;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Deployment.Tests.Scripts;

/// <summary>The backup script of the guide, run against Azurite: export, lose the table, import, same entities and types.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablesBackupScriptTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string Script = DeploymentPaths.InRepository("infra", "scripts", "tables-backup.sh");
    private readonly string _backupDirectory = Path.Combine(Path.GetTempPath(), $"ct-backup-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_backupDirectory))
        {
            Directory.Delete(_backupDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task ExportThenImport_AfterTheTableIsDeleted_RestoresEveryEntityWithItsTypes()
    {
        var service = azurite.CreateTableServiceClient();
        var prefix = azurite.NewPrefix();
        var tableName = $"{prefix}Assessments";
        var table = service.GetTableClient(tableName);
        await table.CreateAsync();
        var when = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);
        var id = Guid.NewGuid();
        var originals = Enumerable.Range(0, 3).Select(i => new TableEntity("campaign'1 é", $"agent-{i}")
        {
            ["Level"] = i,
            ["Big"] = 12_345_678_901_234L + i,
            ["Score"] = 2.5 + i,
            ["Submitted"] = i % 2 == 0,
            ["At"] = when.AddDays(i),
            ["Id"] = id,
            ["Blob"] = new byte[] { 1, 2, (byte)i },
            ["Comment"] = $"l'agent n°{i}",
        }).ToList();
        foreach (var entity in originals)
        {
            await table.AddEntityAsync(entity);
        }

        var sas = SasFor(service);
        var export = await RunAsync("export", "--dir", _backupDirectory, "--prefix", prefix, "--sas", sas);
        Assert.True(export.ExitCode == 0, export.AllOutput);
        Assert.Equal([tableName], File.ReadAllLines(Path.Combine(_backupDirectory, "tables.txt")));
        await table.DeleteAsync();

        var import = await RunAsync("import", "--dir", _backupDirectory, "--sas", sas);

        Assert.True(import.ExitCode == 0, import.AllOutput);
        Assert.Contains($"imported {tableName}: 3 entities", import.StandardError, StringComparison.Ordinal);
        var restored = await table.QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(3, restored.Count);
        foreach (var original in originals)
        {
            var copy = restored.Single(e => e.RowKey == original.RowKey);
            Assert.Equal(original.PartitionKey, copy.PartitionKey);
            Assert.Equal(original.GetInt32("Level"), copy.GetInt32("Level"));
            Assert.Equal(original.GetInt64("Big"), copy.GetInt64("Big"));
            Assert.Equal(original.GetDouble("Score"), copy.GetDouble("Score"));
            Assert.Equal(original.GetBoolean("Submitted"), copy.GetBoolean("Submitted"));
            Assert.Equal(original.GetDateTimeOffset("At"), copy.GetDateTimeOffset("At"));
            Assert.Equal(id, copy.GetGuid("Id"));
            Assert.Equal(original.GetBinary("Blob"), copy.GetBinary("Blob"));
            Assert.Equal(original.GetString("Comment"), copy.GetString("Comment"));
        }
    }

    [Fact]
    public async Task Run_WithoutAction_FailsWithUsage()
    {
        var result = await ProcessRunner.RunAsync("bash", [Script, "--dir", _backupDirectory]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("first argument must be export or import", result.StandardError, StringComparison.Ordinal);
    }

    private Task<ProcessResult> RunAsync(string action, params string[] arguments) =>
        ProcessRunner.RunAsync("bash", [Script, action, "--account-url", azurite.CreateTableServiceClient().Uri.ToString(), .. arguments]);

    private static string SasFor(TableServiceClient service)
    {
        var uri = service.GenerateSasUri(TableAccountSasPermissions.All, TableAccountSasResourceTypes.All, TimeProvider.System.GetUtcNow().AddHours(1));
        return uri.Query.TrimStart('?');
    }
}
