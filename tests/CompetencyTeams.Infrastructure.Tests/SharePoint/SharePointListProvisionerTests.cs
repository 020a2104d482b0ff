using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Graph;
using CompetencyTeams.Infrastructure.SharePoint;

namespace CompetencyTeams.Infrastructure.Tests.SharePoint;

public sealed class SharePointListProvisionerTests
{
    [Fact]
    public async Task ProvisionAsync_EmptySite_ResolvesSiteByEncodedKeyAndCreatesThreeTypedLists()
    {
        await using var host = await GraphStandInHost.StartAsync();

        var report = await host.Provisioner.ProvisionAsync(CancellationToken.None);

        Assert.Equal(["Campaign summaries", "Competency gaps", "Action plan"], report.CreatedLists);
        var requests = host.Log.Entries;
        var siteLookup = requests[0];
        Assert.Equal(("GET", "/sites/contoso.sharepoint.com:/sites/competences"), (siteLookup.Method, siteLookup.Path));
        Assert.Equal("/v1.0/sites/contoso.sharepoint.com%3A%2Fsites%2Fcompetences", siteLookup.RawTarget);
        Assert.True(siteLookup.HadBearerToken);
        var creations = requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(3, creations.Count);
        Assert.All(creations, c => Assert.EndsWith("/lists", c.Path, StringComparison.Ordinal));
        var body = JsonNode.Parse(creations[0].Body!)!;
        Assert.Equal("Campaign summaries", (string?)body["displayName"]);
        Assert.Equal("genericList", (string?)body["list"]!["template"]);

        var summaries = host.List("Campaign summaries");
        Assert.True((bool?)summaries.Column("CtKey")!["indexed"]);
        Assert.True((bool?)summaries.Column("CtScope")!["indexed"]);
        Assert.Equal("none", (string?)summaries.Column("Headcount")!["number"]!["decimalPlaces"]);
        Assert.True((bool?)summaries.Column("TopLevers")!["text"]!["allowMultipleLines"]);
        Assert.Equal("dateTime", (string?)summaries.Column("PublishedAt")!["dateTime"]!["format"]);
        var lever = host.List("Action plan").Column("Lever")!["choice"]!["choices"]!.AsArray().Select(c => (string?)c);
        Assert.Equal(["Training", "Recruitment", "Mobility", "Organisation"], lever);
        Assert.Null(host.List("Action plan").Column("Owner"));
        Assert.NotNull(host.List("Action plan").Column("OwnerUpn")!["text"]);
    }

    [Fact]
    public async Task ProvisionAsync_SecondRun_CreatesNothing()
    {
        await using var host = await GraphStandInHost.StartAsync();
        await host.Provisioner.ProvisionAsync(CancellationToken.None);
        var before = host.LastSequence;

        var report = await host.Provisioner.ProvisionAsync(CancellationToken.None);

        Assert.False(report.ChangedAnything);
        var second = host.RequestsSince(before);
        Assert.DoesNotContain(second, r => r.Method != "GET");
        Assert.Equal(3, second.Count(r => r.Path.EndsWith("/columns", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProvisionAsync_ListMissingColumns_AddsOnlyTheMissingOnes()
    {
        await using var host = await GraphStandInHost.StartAsync();
        await host.Provisioner.ProvisionAsync(CancellationToken.None);
        lock (host.Store.Gate)
        {
            host.List("Competency gaps").Columns.RemoveAll(c => (string?)c["name"] is "Holders" or "MeanGap");
        }

        var before = host.LastSequence;
        var report = await host.Provisioner.ProvisionAsync(CancellationToken.None);

        Assert.Empty(report.CreatedLists);
        Assert.Equal(["Competency gaps/Holders", "Competency gaps/MeanGap"], report.AddedColumns);
        var posts = host.RequestsSince(before).Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.EndsWith("/columns", p.Path, StringComparison.Ordinal));
        Assert.Equal("none", (string?)host.List("Competency gaps").Column("Holders")!["number"]!["decimalPlaces"]);
    }

    [Fact]
    public async Task ProvisionAsync_Forbidden_ThrowsPermissionMissingNamingSitesManageAll()
    {
        await using var host = await GraphStandInHost.StartAsync();
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { Method = "POST", PathContains = "/lists", Status = 403, Count = 0 }] });

        var failure = await Assert.ThrowsAsync<SharePointPublicationException>(() => host.Provisioner.ProvisionAsync(CancellationToken.None));

        Assert.Equal(SharePointFailure.PermissionMissing, failure.Failure);
        Assert.False(failure.IsTransient);
        Assert.Contains("Sites.Manage.All", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Creating list 'Campaign summaries'", failure.Message, StringComparison.Ordinal);
    }
}
