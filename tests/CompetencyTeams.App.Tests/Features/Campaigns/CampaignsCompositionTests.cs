using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.App.Features.Delivery;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.Hosting;

namespace CompetencyTeams.App.Tests.Features.Campaigns;

[Collection(AzuriteCollection.Name)]
public sealed class CampaignsCompositionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddCampaigns_RegistersTheSchedulerTheCoordinatorAndTheWorkersAsHostedServices()
    {
        var bot = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "5d2a7c3e-1b4f-4a6d-9e8c-7f1a2b3c4d5e",
            ["Bot:TenantId"] = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c",
            ["Bot:ClientSecret"] = "composition-test",
        };
        await using var app = await CampaignHarness.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), TimeProvider.System, bot);

        var hosted = app.Get<IEnumerable<IHostedService>>().ToList();

        Assert.Contains(hosted, s => s is CampaignScheduler);
        Assert.Contains(hosted, s => s is DeliveryCoordinator);
        Assert.Contains(hosted, s => s is DeliveryWorker);
    }

    [Fact]
    public async Task AddCampaigns_InstanceWithoutWorkers_NeitherSendsNorTakesAShareOfTheConnectorBudget()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "5d2a7c3e-1b4f-4a6d-9e8c-7f1a2b3c4d5e",
            ["Bot:TenantId"] = "3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c",
            ["Bot:ClientSecret"] = "composition-test",
            ["Delivery:RunWorkers"] = "false",
        };
        await using var app = await CampaignHarness.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), TimeProvider.System, settings);

        var hosted = app.Get<IEnumerable<IHostedService>>().ToList();

        Assert.Contains(hosted, s => s is CampaignScheduler);
        Assert.DoesNotContain(hosted, s => s is DeliveryCoordinator);
        Assert.DoesNotContain(hosted, s => s is DeliveryWorker);
    }
}
