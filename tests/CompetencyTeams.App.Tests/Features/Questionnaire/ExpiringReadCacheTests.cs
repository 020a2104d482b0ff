using CompetencyTeams.App.Features.Questionnaire;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Questionnaire;

public sealed class ExpiringReadCacheTests
{
    private readonly FakeTimeProvider _clock = new(QuestionnaireTestData.Start);

    [Fact]
    public async Task GetAsync_WithinLifetime_ReadsOnce()
    {
        var cache = new ExpiringReadCache<string, string>(_clock, TimeSpan.FromSeconds(5));
        var reads = 0;

        await cache.GetAsync("k", k => Task.FromResult<string?>(k + ++reads), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        var second = await cache.GetAsync("k", k => Task.FromResult<string?>(k + ++reads), CancellationToken.None);

        Assert.Equal(1, reads);
        Assert.Equal("k1", second);
    }

    [Fact]
    public async Task GetAsync_AfterLifetime_ReadsAgain()
    {
        var cache = new ExpiringReadCache<string, string>(_clock, TimeSpan.FromSeconds(5));
        var reads = 0;

        await cache.GetAsync("k", k => Task.FromResult<string?>(k + ++reads), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(5));
        var second = await cache.GetAsync("k", k => Task.FromResult<string?>(k + ++reads), CancellationToken.None);

        Assert.Equal("k2", second);
    }

    [Fact]
    public async Task GetAsync_ConcurrentMisses_ShareOneRead()
    {
        var cache = new ExpiringReadCache<string, string>(_clock, TimeSpan.FromSeconds(5));
        var pending = new TaskCompletionSource<string?>();
        var reads = 0;

        var waiting = Enumerable.Range(0, 10).Select(i => cache.GetAsync("k", _ => { reads++; return pending.Task; }, CancellationToken.None)).ToList();
        pending.SetResult("v");
        var values = await Task.WhenAll(waiting);

        Assert.Equal(1, reads);
        Assert.All(values, v => Assert.Equal("v", v));
    }

    [Fact]
    public async Task GetAsync_ReadFailedOrFoundNothing_NotKept()
    {
        var cache = new ExpiringReadCache<string, string>(_clock, TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("k", _ => Task.FromException<string?>(new InvalidOperationException("down")), CancellationToken.None));
        var missing = await cache.GetAsync("m", _ => Task.FromResult<string?>(null), CancellationToken.None);
        var recovered = await cache.GetAsync("k", _ => Task.FromResult<string?>("up"), CancellationToken.None);
        var created = await cache.GetAsync("m", _ => Task.FromResult<string?>("now"), CancellationToken.None);

        Assert.Null(missing);
        Assert.Equal("up", recovered);
        Assert.Equal("now", created);
    }

    [Fact]
    public async Task GetAsync_ZeroLifetime_ReadsEveryTime()
    {
        var cache = new ExpiringReadCache<string, string>(_clock, TimeSpan.Zero);
        var reads = 0;

        await cache.GetAsync("k", k => Task.FromResult<string?>(k + ++reads), CancellationToken.None);
        await cache.GetAsync("k", k => Task.FromResult<string?>(k + ++reads), CancellationToken.None);

        Assert.Equal(2, reads);
    }
}
