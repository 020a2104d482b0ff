extern alias devchannel;

using System.Diagnostics;
using System.Net;
using CompetencyTeams.App.Features.DirectorySync;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;
using CompetencyTeams.TestSupport.Storage;
using devchannel::CompetencyTeams.DevChannel.Graph;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.DirectorySync;

[Collection(AzuriteCollection.Name)]
public sealed class DirectorySyncTests(AzuriteFixture azurite)
{
    private const string Camille = "eff7f5f1-eac7-5118-9ee8-2664618b9627";
    private const string Lea = "7a09dc94-6a38-57e2-9346-7764b7f7cca8";

    [Fact]
    public async Task Sync_EmptyDirectory_AddsEveryoneWithTheirManagerAndATeamPerManager()
    {
        await using var host = await DirectorySyncHost.StartAsync(azurite);

        var report = await host.Sync.RunAsync(CancellationToken.None);

        var demo = DirectorySyncHost.Demo;
        Assert.NotNull(report);
        Assert.Equal(demo.People.Count, report.UsersRead);
        Assert.Equal(demo.People.Count, report.PeopleAdded);
        var managers = demo.People.Select(p => p.ManagerId).OfType<string>().Distinct().ToList();
        Assert.Equal(managers.Count, report.TeamsAdded);
        var people = await AllPeopleAsync(host);
        Assert.All(demo.People, p => Assert.Equal(p.ManagerId, people[p.Id].ManagerId));
        var hugo = demo.People.First(p => p.ManagerId == Lea);
        Assert.Equal("graph-" + Lea, people[hugo.Id].TeamId);
        Assert.Equal("graph-" + Lea, people[Lea].TeamId);
        Assert.Equal(hugo.UserPrincipalName, people[hugo.Id].UserPrincipalName);
        Assert.Equal(hugo.Locale, people[hugo.Id].PreferredLocale);
        var team = (await host.Service<ITeamRepository>().GetAsync("graph-" + Lea, CancellationToken.None))!.Value;
        Assert.Equal((Lea, "Léa Dubois"), (team.ManagerId!, team.Name));
    }

    [Fact]
    public async Task Sync_StoredTeamsAndPeople_KeepsTheTeamsRefreshesNamesAndKeepsWhatGraphDoesNotOwn()
    {
        await using var host = await DirectorySyncHost.StartAsync(azurite);
        var demo = DirectorySyncHost.Demo;
        foreach (var t in demo.Teams)
        {
            await host.Service<ITeamRepository>().SaveAsync(new Team(t.Id, t.Name["fr"], t.ManagerId), null, CancellationToken.None);
        }

        var hugo = demo.People.First(p => p.ManagerId == Lea);
        var address = new ChatAddress("https://smba.example/", "a:chat", demo.TenantId, "29:x");
        await host.Service<IPersonRepository>().SaveAsync(
            new Person(hugo.Id, "Old Name", "old@chu-demo.fr", null, Camille, "agent-accueil", 0.8, TimeShares.Empty, "fr-FR") { ChatAddress = address },
            null,
            CancellationToken.None);

        var report = await host.Sync.RunAsync(CancellationToken.None);

        Assert.NotNull(report);
        Assert.Equal(1, report.TeamsAdded);
        Assert.Equal(1, report.PeopleUpdated);
        Assert.Equal(demo.People.Count - 1, report.PeopleAdded);
        var people = await AllPeopleAsync(host);
        var refreshed = people[hugo.Id];
        Assert.Equal((hugo.DisplayName, Lea, "accueil"), (refreshed.DisplayName, refreshed.ManagerId!, refreshed.TeamId!));
        Assert.Equal(("agent-accueil", 0.8, address), (refreshed.ProfileId!, refreshed.Fte, refreshed.ChatAddress!));
        Assert.Equal("accueil", people[Lea].TeamId);

        var again = await host.Sync.RunAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0, 0, demo.People.Count), (again!.PeopleAdded, again.PeopleUpdated, again.TeamsAdded, again.TeamsUpdated, again.PeopleUnchanged));
    }

    [Fact]
    public async Task Sync_SmallPages_FollowsNextLinkToTheLastUser()
    {
        await using var host = await DirectorySyncHost.StartAsync(azurite, settings: new Dictionary<string, string?> { ["DirectorySync:PageSize"] = "7" });

        var report = await host.Sync.RunAsync(CancellationToken.None);

        Assert.Equal(DirectorySyncHost.Demo.People.Count, report!.UsersRead);
        var pages = host.Log.Entries.Where(e => e.Method == "GET" && e.Path == "/users").ToList();
        Assert.Equal((DirectorySyncHost.Demo.People.Count + 6) / 7, pages.Count);
    }

    [Fact]
    public async Task Sync_Graph429WithRetryAfter_WaitsAsToldAndCompletes()
    {
        await using var host = await DirectorySyncHost.StartAsync(azurite);
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { PathContains = "/directReports", Status = 429, RetryAfterSeconds = 1, Count = 1 }] });
        var watch = Stopwatch.StartNew();

        var report = await host.Sync.RunAsync(CancellationToken.None);

        Assert.Equal(DirectorySyncHost.Demo.People.Count, report!.PeopleAdded);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"took {watch.Elapsed}");
        Assert.Single(host.Log.Entries, e => e.Status == 429);
    }

    [Fact]
    public async Task Sync_GraphKeepsThrottling_FailsWithRetryAfterAndWritesNothing()
    {
        await using var host = await DirectorySyncHost.StartAsync(azurite, settings: new Dictionary<string, string?> { ["Graph:MaxRetries"] = "1" });
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { PathContains = "/directReports", Status = 429, RetryAfterSeconds = 1, Skip = 10, Count = 0 }] });

        var failure = await Assert.ThrowsAsync<DirectorySyncException>(() => host.Sync.RunAsync(CancellationToken.None));

        Assert.Equal(429, failure.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), failure.RetryAfter);
        Assert.Empty(await AllPeopleAsync(host));
        Assert.Empty((await host.Service<ITeamRepository>().ListAsync(null, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Sync_Graph403_NamesThePermissionRecordsTheFailureAndWritesNothing()
    {
        await using var host = await DirectorySyncHost.StartAsync(azurite);
        host.Faults.Apply(new GraphFaultPlan { Rules = [new GraphFaultRule { PathContains = "/directReports", Status = 403, Skip = 20, Count = 0 }] });

        var failure = await Assert.ThrowsAsync<DirectorySyncException>(() => host.Sync.RunAsync(CancellationToken.None));

        Assert.Equal(403, failure.Status);
        Assert.Contains("User.Read.All", failure.Message, StringComparison.Ordinal);
        Assert.Empty(await AllPeopleAsync(host));
        Assert.Empty((await host.Service<ITeamRepository>().ListAsync(null, CancellationToken.None)).Items);
        var state = await host.Service<DirectorySyncLedger>().GetAsync(CancellationToken.None);
        Assert.Contains("403", state!.LastFailure, StringComparison.Ordinal);
        Assert.Null(state.LastCompletedAt);
    }

    [Fact]
    public async Task Sync_AnotherInstanceHoldsTheLease_DoesNothingUntilItExpires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DirectorySyncHost.StartAsync(azurite, clock);
        var other = await host.Service<DirectorySyncLedger>().TryClaimAsync("other-instance", TimeSpan.FromMinutes(15), CancellationToken.None);
        Assert.NotNull(other);

        var blocked = await host.Sync.RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(16));
        var takenOver = await host.Sync.RunAsync(CancellationToken.None);

        Assert.Null(blocked);
        Assert.NotNull(takenOver);
    }

    [Fact]
    public async Task Worker_SyncsWhenDueThenWaitsForTheInterval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DirectorySyncHost.StartAsync(azurite, clock, new Dictionary<string, string?> { ["DirectorySync:Interval"] = "01:00:00" });
        var worker = host.Service<DirectorySyncWorker>();

        var first = await worker.TickAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(59));
        var early = await worker.TickAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var due = await worker.TickAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(early);
        Assert.NotNull(due);
    }

    [Fact]
    public async Task GraphStandIn_Users_RefusesACallWithoutABearerTokenAndPagesWithNextLink()
    {
        await using var host = await DirectorySyncHost.StartAsync(azurite);
        using var http = new HttpClient();

        using var anonymous = await http.GetAsync(new Uri(host.GraphBaseUrl + "/users"));
        using var request = new HttpRequestMessage(HttpMethod.Get, host.GraphBaseUrl + "/users?$top=30");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "any");
        using var page = await http.SendAsync(request);
        var body = System.Text.Json.JsonDocument.Parse(await page.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(30, body.GetProperty("value").GetArrayLength());
        Assert.StartsWith(host.GraphBaseUrl + "/users?$top=30&$skiptoken=", body.GetProperty("@odata.nextLink").GetString(), StringComparison.Ordinal);
        Assert.All(body.GetProperty("value").EnumerateArray(), u => Assert.False(string.IsNullOrEmpty(u.GetProperty("userPrincipalName").GetString())));
    }

    private static async Task<Dictionary<string, Person>> AllPeopleAsync(DirectorySyncHost host)
    {
        var all = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        string? token = null;
        do
        {
            Page<Person> page = await host.Service<IPersonRepository>().ListAsync(token, CancellationToken.None);
            foreach (var p in page.Items)
            {
                all[p.ObjectId] = p;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }
}
