using System.Net;
using System.Text.Json;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CompetencyTeams.App.Tests.Features.Health;

[Collection(AzuriteCollection.Name)]
public sealed class HealthEndpointTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Healthz_StorageReachable_Returns200WithStorageReachableTrue()
    {
        await using var factory = AppWith(azurite.ConnectionString);

        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("checks").GetProperty("storage").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Healthz_StorageUnreachable_Returns503WithStorageReachableFalse()
    {
        var closedPort = TestSupport.FreePorts.Next();
        await using var factory = AppWith(AzuriteInstance.BuildConnectionString(closedPort, closedPort, closedPort));

        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.False(body.GetProperty("checks").GetProperty("storage").GetProperty("reachable").GetBoolean());
    }

    private static WebApplicationFactory<Program> AppWith(string storageConnection) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("Storage:ConnectionString", storageConnection);
            host.UseSetting("Bot:MicrosoftAppId", "00000000-0000-0000-0000-000000000b07");
            host.UseSetting("Bot:TenantId", "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c");
            host.UseSetting("Bot:ClientSecret", "not-used-by-health-checks");
        });
}
