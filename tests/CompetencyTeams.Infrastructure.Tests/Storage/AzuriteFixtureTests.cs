using Azure.Data.Tables;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Infrastructure.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteFixtureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Fixture_GivesRealAzurite_EntityRoundTripsThroughAzureDataTables()
    {
        var table = azurite.CreateTableServiceClient().GetTableClient(azurite.NewPrefix() + "roundtrip");
        await table.CreateIfNotExistsAsync();
        var written = new TableEntity("campaign-1", "agent-é/42".Replace('/', '_'))
        {
            ["Level"] = 3,
            ["Comment"] = "Maîtrise autonome",
        };

        await table.AddEntityAsync(written);
        var read = (await table.GetEntityAsync<TableEntity>("campaign-1", written.RowKey)).Value;

        Assert.Equal(3, read.GetInt32("Level"));
        Assert.Equal("Maîtrise autonome", read.GetString("Comment"));
        Assert.NotEqual(default, read.ETag);
    }

    [Fact]
    public async Task OwnInstance_StoppedAndRestartedWithData_KeepsEntitiesAndRefusesWhileDown()
    {
        await using var own = await AzuriteInstance.StartAsync(persistent: true);
        var table = new TableServiceClient(own.ConnectionString).GetTableClient("restartcheck");
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "kept" });

        await own.StopAsync();
        var whileDown = await Record.ExceptionAsync(() => table.GetEntityAsync<TableEntity>("p", "r"));
        await own.StartAgainAsync();
        var afterRestart = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.NotNull(whileDown);
        Assert.Equal("kept", afterRestart.GetString("Value"));
    }
}
