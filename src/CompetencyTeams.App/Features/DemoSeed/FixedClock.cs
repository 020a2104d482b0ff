namespace CompetencyTeams.App.Features.DemoSeed;

/// <summary>A clock standing at a chosen instant: the demo's past campaign is replayed through the domain at its own dates.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
