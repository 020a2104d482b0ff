using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Graph;
using CompetencyTeams.Infrastructure.SharePoint;

namespace CompetencyTeams.Infrastructure.Tests.SharePoint;

public sealed class SharePointListWriterTests
{
    [Fact]
    public async Task PublishTeamSummaryAsync_FirstTime_CreatesEveryItemInOneBatchWithTypedFields()
    {
        await using var host = await ProvisionedAsync();
        var before = host.LastSequence;

        var result = await host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(gaps: 5, actions: 3), CancellationToken.None);

        Assert.Equal([new PublishedListCounts("Campaign summaries", 1, 0, 0), new PublishedListCounts("Competency gaps", 5, 0, 0), new PublishedListCounts("Action plan", 3, 0, 0)], result.Lists);
        Assert.Equal(1, result.BatchRequests);
        Assert.Equal("1", result.SummaryItemId);
        Assert.Equal("https://contoso.sharepoint.com/sites/competences/Lists/Campaignsummaries/DispForm.aspx?ID=1", result.SummaryItemUrl);
        var requests = host.RequestsSince(before);
        var batch = Assert.Single(requests, r => r.Path == "/$batch");
        Assert.Equal(9, JsonNode.Parse(batch.Body!)!["requests"]!.AsArray().Count);
        Assert.Equal(9, requests.Count(r => r.BatchStepId is not null && r.Method == "POST" && r.Path.EndsWith("/items", StringComparison.Ordinal)));

        var summary = Assert.Single(host.List("Campaign summaries").Items).Fields;
        Assert.Equal("camp-2026-q4|facturation", (string?)summary["CtKey"]);
        Assert.Equal(11, (double?)summary["Headcount"]);
        Assert.Equal(90.9, (double?)summary["ParticipationPercent"]);
        Assert.Equal(-0.64, (double?)summary["MeanGap"]);
        Assert.Equal("elodie.rousseau@chu-demo.fr", (string?)summary["ManagerUpn"]);
        Assert.Equal("2026-11-23T09:00:00Z", (string?)summary["PublishedAt"]);
        var action = host.List("Action plan").Items.Single(i => (string?)i.Fields["ActionId"] == "action-2").Fields;
        Assert.Equal("Mobility", (string?)action["Lever"]);
        Assert.Equal("2027-03-02T00:00:00Z", (string?)action["DueDate"]);
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_FindsExistingItems_ByIndexedScopeFilterWithPreferHeader()
    {
        await using var host = await ProvisionedAsync();
        var before = host.LastSequence;

        await host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(), CancellationToken.None);

        var queries = host.RequestsSince(before).Where(r => r.Method == "GET" && r.Path.EndsWith("/items", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, queries.Count);
        Assert.All(queries, q =>
        {
            Assert.Contains("$filter=fields/CtScope eq 'camp-2026-q4|facturation'", q.Query, StringComparison.Ordinal);
            Assert.Contains("$expand=fields($select=CtKey)", q.Query, StringComparison.Ordinal);
            Assert.Equal("HonorNonIndexedQueriesWarningMayFailRandomly", q.Prefer);
            Assert.Equal(200, q.Status);
        });
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_SameSummaryTwice_UpdatesTheSameItemsWithoutDuplicates()
    {
        await using var host = await ProvisionedAsync();
        var publication = SamplePublications.Team();
        var first = await host.Writer.PublishTeamSummaryAsync(publication, CancellationToken.None);
        var idsBefore = host.List("Competency gaps").Items.Select(i => i.Id).ToList();
        var before = host.LastSequence;

        var second = await host.Writer.PublishTeamSummaryAsync(publication, CancellationToken.None);

        Assert.Equal(first.SummaryItemId, second.SummaryItemId);
        Assert.Equal(first.SummaryItemUrl, second.SummaryItemUrl);
        Assert.Equal([new PublishedListCounts("Campaign summaries", 0, 1, 0), new PublishedListCounts("Competency gaps", 0, 5, 0), new PublishedListCounts("Action plan", 0, 3, 0)], second.Lists);
        Assert.Equal(idsBefore, host.List("Competency gaps").Items.Select(i => i.Id));
        Assert.Single(host.List("Campaign summaries").Items);
        Assert.Equal(3, host.List("Action plan").Items.Count);
        var steps = host.RequestsSince(before).Where(r => r.BatchStepId is not null).ToList();
        Assert.All(steps, s => Assert.Equal("PATCH", s.Method));
        Assert.All(steps, s => Assert.EndsWith("/fields", s.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_ActionRemovedAndValueChanged_DeletesStaleItemAndPatchesValue()
    {
        await using var host = await ProvisionedAsync();
        await host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(actions: 3), CancellationToken.None);
        var changed = SamplePublications.Team(actions: 2);
        changed = changed with { Summary = changed.Summary with { Headcount = 12, MeanGap = null } };

        var result = await host.Writer.PublishTeamSummaryAsync(changed, CancellationToken.None);

        Assert.Equal(new PublishedListCounts("Action plan", 0, 2, 1), result.Lists[2]);
        Assert.Equal(["action-1", "action-2"], host.List("Action plan").Items.Select(i => (string?)i.Fields["ActionId"]).Order());
        var summary = Assert.Single(host.List("Campaign summaries").Items).Fields;
        Assert.Equal(12, (double?)summary["Headcount"]);
        Assert.Null(summary["MeanGap"]);
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_MoreThan20Writes_SendsBatchesOfAtMost20()
    {
        await using var host = await ProvisionedAsync();
        var before = host.LastSequence;

        var result = await host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(gaps: 30, actions: 4), CancellationToken.None);

        var batches = host.RequestsSince(before).Where(r => r.Path == "/$batch").Select(b => JsonNode.Parse(b.Body!)!["requests"]!.AsArray().Count).ToList();
        Assert.Equal([20, 15], batches);
        Assert.Equal(2, result.BatchRequests);
        Assert.Equal(30, host.List("Competency gaps").Items.Count);
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_TwoOf20StepsThrottled_ResendsOnlyThoseAndCompletes()
    {
        await using var host = await ProvisionedAsync();
        host.Faults.Apply(new GraphFaultPlan
        {
            Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, Method = "POST", PathContains = "/items", Status = 429, Skip = 5, Count = 2 }],
        });
        var before = host.LastSequence;

        var result = await host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(gaps: 16, actions: 3), CancellationToken.None);

        var requests = host.RequestsSince(before);
        var batches = requests.Where(r => r.Path == "/$batch").ToList();
        Assert.Equal(2, batches.Count);
        Assert.Equal(20, JsonNode.Parse(batches[0].Body!)!["requests"]!.AsArray().Count);
        Assert.Equal(2, JsonNode.Parse(batches[1].Body!)!["requests"]!.AsArray().Count);
        Assert.Equal(2, requests.Count(r => r.BatchStepId is not null && r.Status == 429));
        Assert.Equal(2, result.RetriedSteps);
        Assert.Single(host.List("Campaign summaries").Items);
        Assert.Equal(16, host.List("Competency gaps").Items.Count);
        Assert.Equal(3, host.List("Action plan").Items.Count);
        Assert.Equal(16, host.List("Competency gaps").Items.Select(i => (string?)i.Fields["CtKey"]).Distinct().Count());
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_FailureMidBatch_LeavesPartialStateThatTheRetryCompletes()
    {
        await using var host = await ProvisionedAsync();
        host.Faults.Apply(new GraphFaultPlan
        {
            Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, Method = "POST", PathContains = "/items", Status = 503, Skip = 4, Count = 0 }],
        });
        var publication = SamplePublications.Team(gaps: 8, actions: 2);

        var failure = await Assert.ThrowsAsync<SharePointPublicationException>(() => host.Writer.PublishTeamSummaryAsync(publication, CancellationToken.None));

        Assert.Equal(SharePointFailure.Unavailable, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Contains("7 of 11 item writes", failure.Message, StringComparison.Ordinal);
        Assert.Equal(4, host.List("Campaign summaries").Items.Count + host.List("Competency gaps").Items.Count + host.List("Action plan").Items.Count);

        host.Faults.Apply(GraphFaultPlan.None);
        var retry = await host.Writer.PublishTeamSummaryAsync(publication, CancellationToken.None);

        Assert.Equal(7, retry.Lists.Sum(l => l.Created));
        Assert.Equal(4, retry.Lists.Sum(l => l.Updated));
        Assert.Single(host.List("Campaign summaries").Items);
        Assert.Equal(8, host.List("Competency gaps").Items.Count);
        Assert.Equal(2, host.List("Action plan").Items.Count);
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_StepRetryAfter_WaitsThatLongBeforeResending()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        await using var host = await GraphStandInHost.StartAsync(clock);
        await host.Provisioner.ProvisionAsync(CancellationToken.None);
        host.Faults.Apply(new GraphFaultPlan
        {
            Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, Method = "POST", Status = 429, RetryAfterSeconds = 7, Count = 1 }],
        });

        var publishing = host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(gaps: 2, actions: 0), CancellationToken.None);
        await WaitUntilAsync(() => host.Log.Entries.Any(e => e.Status == 429));

        // Advance the clock a second at a time until the steps are re-sent: never before Retry-After has passed.
        var secondsAdvanced = 0;
        while (host.Log.Entries.Count(e => e.Path == "/$batch") < 2 && secondsAdvanced < 60)
        {
            await Task.Delay(100);
            clock.Advance(TimeSpan.FromSeconds(1));
            secondsAdvanced++;
        }

        var result = await publishing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.InRange(secondsAdvanced, 7, 59);
        Assert.Equal(1, result.RetriedSteps);
        Assert.Equal(2, host.Log.Entries.Count(e => e.Path == "/$batch"));
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_ForbiddenItemWrite_ThrowsPermissionMissingNamingTheWriteGrant()
    {
        await using var host = await ProvisionedAsync();
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Scope = GraphFaultScope.BatchStep, Status = 403, Count = 0 }] });

        var failure = await Assert.ThrowsAsync<SharePointPublicationException>(() => host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(), CancellationToken.None));

        Assert.Equal(SharePointFailure.PermissionMissing, failure.Failure);
        Assert.Equal(403, failure.StatusCode);
        Assert.Contains("Sites.Selected with a 'write' grant", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_ListsNotProvisioned_ThrowsNotFoundAskingForProvisioning()
    {
        await using var host = await GraphStandInHost.StartAsync();

        var failure = await Assert.ThrowsAsync<SharePointPublicationException>(() => host.Writer.PublishTeamSummaryAsync(SamplePublications.Team(), CancellationToken.None));

        Assert.Equal(SharePointFailure.NotFound, failure.Failure);
        Assert.Contains("run the provisioning step", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Log.Entries, e => e.Method != "GET");
    }

    [Fact]
    public async Task PublishTeamSummaryAsync_InvalidInput_ThrowsBeforeAnyRequest()
    {
        await using var host = await ProvisionedAsync();
        var before = host.LastSequence;
        var publication = SamplePublications.Team(gaps: 2);
        publication = publication with { Gaps = [publication.Gaps[0], publication.Gaps[0]], Summary = publication.Summary with { TeamId = "a|b" } };

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => host.Writer.PublishTeamSummaryAsync(publication, CancellationToken.None));

        Assert.Contains("team id 'a|b'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("competency code 'FAC-01' appears 2 times", failure.Message, StringComparison.Ordinal);
        Assert.Empty(host.RequestsSince(before));
    }

    internal static async Task<GraphStandInHost> ProvisionedAsync()
    {
        var host = await GraphStandInHost.StartAsync();
        await host.Provisioner.ProvisionAsync(CancellationToken.None);
        return host;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
