using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Queues;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Queues;

[Collection(AzuriteCollection.Name)]
public sealed class WorkQueueClientTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    private WorkQueueClient Queue => _services.GetRequiredService<WorkQueues>().Get(StorageNames.DeliveryQueue);

    public async Task InitializeAsync() =>
        _services = await TestStorage.StartAsync(azurite.ConnectionString, azurite.NewPrefix(), new Dictionary<string, string?> { ["Storage:MaxDequeueCount"] = "2" });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Receive_EnqueuedMessage_KindAndPayloadComeBackAndDeleteRemovesIt()
    {
        await Queue.EnqueueAsync("invite", new Invite("campaign-1", ["p1", "p2"]));

        var message = Assert.Single(await Queue.ReceiveAsync(32, TimeSpan.FromSeconds(30)));
        await Queue.DeleteAsync(message);

        Assert.Equal("invite", message.Kind);
        Assert.Equal(new Invite("campaign-1", ["p1", "p2"]).People, message.PayloadAs<Invite>().People);
        Assert.Equal(1, message.DequeueCount);
        Assert.Empty(await Queue.ReceiveAsync(32, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Receive_WithinVisibilityTimeout_HiddenThenReappearsWithHigherDequeueCount()
    {
        await Queue.EnqueueAsync("reminder", new Invite("c", ["p"]));

        var first = Assert.Single(await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(1)));
        var whileHidden = await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        var again = Assert.Single(await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(30)));

        Assert.Empty(whileHidden);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task Enqueue_WithInitialDelay_InvisibleUntilTheDelayPasses()
    {
        await Queue.EnqueueAsync("reminder", new Invite("c", ["p"]), initialDelay: TimeSpan.FromSeconds(1));

        var early = await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        var later = await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(30));

        Assert.Empty(early);
        Assert.Single(later);
    }

    [Fact]
    public async Task UpdateVisibility_ExtendedLease_StaysHiddenAndNewReceiptDeletes()
    {
        await Queue.EnqueueAsync("invite", new Invite("c", ["p"]));
        var message = Assert.Single(await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(1)));

        var extended = await Queue.UpdateVisibilityAsync(message, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        var meanwhile = await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(30));
        await Queue.DeleteAsync(extended);

        Assert.Empty(meanwhile);
        Assert.NotEqual(message.PopReceipt, extended.PopReceipt);
    }

    [Fact]
    public async Task Receive_OverMaxDequeueCount_MovedToPoisonWithReasonNotReturned()
    {
        await Queue.EnqueueAsync("invite", new Invite("c", ["p"]));
        for (var i = 0; i < 2; i++)
        {
            var attempt = Assert.Single(await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(30)));
            await Queue.UpdateVisibilityAsync(attempt, TimeSpan.Zero);
        }

        var third = await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(30));
        var poison = Assert.Single(await Queue.PeekPoisonAsync(32));

        Assert.Empty(third);
        Assert.Equal("invite", poison.Kind);
        Assert.Contains("received 3 times", poison.PoisonReason, StringComparison.Ordinal);
        Assert.Empty(await Queue.ReceiveAsync(1, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Receive_VisibilityUnderOneSecond_RefusedBeforeAzureWould()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queue.ReceiveAsync(1, TimeSpan.Zero));
    }

    [Fact]
    public async Task Receive_UnreadableMessage_MovedToPoisonImmediately()
    {
        var raw = azurite.CreateQueueServiceClient().GetQueueClient(Queue.Name);
        await raw.SendMessageAsync("{not json");

        var received = await Queue.ReceiveAsync(32, TimeSpan.FromSeconds(30));
        var poison = Assert.Single(await Queue.PeekPoisonAsync(32));

        Assert.Empty(received);
        Assert.Equal("unreadable", poison.Kind);
        Assert.Equal("{not json", poison.Payload.GetString());
    }

    [Fact]
    public async Task Enqueue_MessageOver64KiB_RefusedByOurCode()
    {
        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Queue.EnqueueAsync("invite", new Invite("c", [new string('p', 70_000)])));

        Assert.Equal("queue message ≤ 64 KiB", error.Limit);
        Assert.Empty(await Queue.ReceiveAsync(32, TimeSpan.FromSeconds(1)));
    }

    private sealed record Invite(string CampaignId, string[] People);
}
