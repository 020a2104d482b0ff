using CompetencyTeams.DevChannel.Graph;
using CompetencyTeams.Infrastructure.SharePoint;

namespace CompetencyTeams.Infrastructure.Tests.SharePoint;

/// <summary>The SDK's RetryHandler on whole requests: it retries 429/503 after Retry-After, then throws AggregateException, which we unwrap.</summary>
public sealed class GraphThrottlingTests
{
    [Fact]
    public async Task PublishTeamSummaryAsync_Site503Twice_RetryHandlerRetriesWithRetryAttemptHeader()
    {
        await using var host = await SharePointListWriterTests.ProvisionedAsync();
        host.Log.Clear();
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.Request, Method = "GET", PathContains = "/lists", Status = 503, Count = 2 }] });

        var result = await host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(), CancellationToken.None);

        var listReads = host.Log.Entries.Where(e => e.Path.EndsWith("/lists", StringComparison.Ordinal)).ToList();
        Assert.Equal([503, 503, 200], listReads.Select(r => r.Status));
        Assert.Equal([null, "1", "2"], listReads.Select(r => r.RetryAttempt));
        Assert.Equal(9, result.ItemsWritten);
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_429BeyondSdkRetries_ThrowsThrottledWithTheAggregateInside()
    {
        await using var host = await GraphStandInHost.StartAsync(maxRetries: 3);
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.Request, PathContains = "/sites/", Status = 429, Count = 0 }] });

        var failure = await Assert.ThrowsAsync<SharePointPublicationException>(() => host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(), CancellationToken.None));

        Assert.Equal(SharePointFailure.Throttled, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.IsType<AggregateException>(failure.InnerException);
        Assert.Contains("still answered 429", failure.Message, StringComparison.Ordinal);
        Assert.Equal(4, host.Log.Entries.Count(e => e.Status == 429));
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_WholeBatchThrottled_ResendsTheBatch()
    {
        await using var host = await SharePointListWriterTests.ProvisionedAsync();
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.Request, PathContains = "$batch", Status = 429, Count = 1 }] });

        var result = await host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(), CancellationToken.None);

        Assert.Equal([429, 200], host.Log.Entries.Where(e => e.Path == "/$batch").Select(e => e.Status));
        Assert.Equal(9, result.ItemsWritten);
    }
}
