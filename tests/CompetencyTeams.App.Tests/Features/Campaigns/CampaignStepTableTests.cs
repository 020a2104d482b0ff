using CompetencyTeams.App.Features.Campaigns;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Campaigns;

[Collection(AzuriteCollection.Name)]
public sealed class CampaignStepTableTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TryClaim_LiveLeaseOfTheSameInstance_IsRefusedUntilItExpires()
    {
        var clock = new FakeTimeProvider(CampaignTestData.Opens);
        await using var app = await CampaignHarness.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), clock);
        var steps = app.Get<CampaignStepTable>();

        var launch = await steps.TryClaimAsync("c-steps", CampaignSteps.LaunchStep, "instance-1", TimeSpan.FromMinutes(2), CancellationToken.None);
        var again = await steps.TryClaimAsync("c-steps", CampaignSteps.LaunchStep, "instance-1", TimeSpan.FromMinutes(2), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(3));
        var afterExpiry = await steps.TryClaimAsync("c-steps", CampaignSteps.LaunchStep, "instance-1", TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.NotNull(launch);
        Assert.Null(again);
        Assert.NotNull(afterExpiry);
        await Assert.ThrowsAsync<CompetencyTeams.Domain.Common.ConcurrencyConflictException>(() => steps.RenewAsync(launch, TimeSpan.FromMinutes(2), CancellationToken.None));
    }
}
