using CompetencyTeams.App.Features.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Delivery;

/// <summary>
/// The gate counts a request in the connector's sliding second from its departure until a second after its response:
/// the connector stamps it somewhere in between, so that is the only count that holds whatever the jitter.
/// </summary>
public sealed class ConnectorRateGateTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Request_StillInFlight_KeepsItsPlaceInTheWindowLongAfterItsDeparture()
    {
        var gate = Open(requestsPerSecond: 2);
        using var first = await gate.WaitAsync(null, CancellationToken.None);
        var second = gate.WaitAsync(null, CancellationToken.None);
        await AdvanceAsync(TimeSpan.FromMilliseconds(500));
        using var secondPermit = await Completed(second);

        var third = gate.WaitAsync(null, CancellationToken.None);
        await AdvanceAsync(TimeSpan.FromSeconds(3));

        // Both earlier requests left more than a second ago, but no answer came back: they may be arriving now.
        Assert.False(third.IsCompleted);
        first.Dispose();
        await AdvanceAsync(TimeSpan.FromMilliseconds(500));
        Assert.False(third.IsCompleted);
        await AdvanceAsync(TimeSpan.FromMilliseconds(510));
        (await Completed(third)).Dispose();
    }

    [Fact]
    public async Task Answers_AMomentApart_FreeTheirPlacesOneSecondAfterEachAnswer()
    {
        var gate = Open(requestsPerSecond: 1);
        var first = await gate.WaitAsync("a:1", CancellationToken.None);
        first.Dispose();
        first.Dispose();
        var next = gate.WaitAsync("a:2", CancellationToken.None);
        await AdvanceAsync(TimeSpan.FromMilliseconds(990));
        Assert.False(next.IsCompleted);
        await AdvanceAsync(TimeSpan.FromMilliseconds(20));
        (await Completed(next)).Dispose();
    }

    private ConnectorRateGate Open(double requestsPerSecond)
    {
        var gate = new ConnectorRateGate(_clock);
        gate.SetShare(requestsPerSecond);
        return gate;
    }

    // Moves the fake clock in small steps, letting the waiters' continuations run between steps.
    private async Task AdvanceAsync(TimeSpan by)
    {
        var step = TimeSpan.FromMilliseconds(5);
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            _clock.Advance(by - moved < step ? by - moved : step);
            await Task.Delay(1);
        }

        await Task.Delay(20);
    }

    private static async Task<ConnectorPermit> Completed(Task<ConnectorPermit> wait) =>
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
}
