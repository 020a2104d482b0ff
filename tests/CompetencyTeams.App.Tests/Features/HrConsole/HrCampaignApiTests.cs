using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Features.HrConsole.HrTestData;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

[Collection(TabApiCollection.Name)]
public sealed class HrCampaignApiTests(TabApiFixture fixture)
{
    private const string Campaigns = "/api/tab/hr/campaigns";
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task Create_ValidDraft_Returns201WithDraftStateVersionAndActions()
    {
        var id = Unique("camp");

        using var response = await _api.SendAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, ["someone"]));
        var created = await TabCalls.ExpectAsync(response, HttpStatusCode.Created);
        var read = await _api.JsonAsync(HttpMethod.Get, $"{Campaigns}/{id}", Caller.Hr);

        Assert.Equal($"/api/tab/hr/campaigns/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Draft", created.GetProperty("state").GetString());
        Assert.Equal(["edit", "schedule", "cancel"], created.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([7, 2], created.GetProperty("reminders").GetProperty("daysBeforeDeadline").EnumerateArray().Select(d => d.GetInt32()));
        Assert.Equal(TabOrganisation.Hr, created.GetProperty("createdBy").GetString());
        Assert.Equal(created.GetProperty("version").GetString(), read.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Create_WithoutId_GeneratesOne()
    {
        var body = JsonSerializer.SerializeToElement(Draft(Unique("ignored"), []));
        var withoutId = body.EnumerateObject().Where(p => p.Name != "id").ToDictionary(p => p.Name, p => (object)p.Value);

        var created = await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, withoutId, HttpStatusCode.Created);

        Assert.False(string.IsNullOrWhiteSpace(created.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Create_MissingNameAndDates_Returns400NamingEachField()
    {
        using var response = await _api.SendAsync(HttpMethod.Post, Campaigns, Caller.Hr, new { framework = new { frameworkId = "anap-afr", version = 1 } }, "fr-FR");
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal("Ce champ est obligatoire.", errors.GetProperty("name")[0].GetString());
        Assert.True(errors.TryGetProperty("opensAt", out _));
        Assert.True(errors.TryGetProperty("deadline", out _));
    }

    [Theory]
    [InlineData("fr-FR", "La date limite doit être postérieure à l'ouverture.")]
    [InlineData("en-US", "must be after the opening")]
    public async Task Create_DeadlineBeforeOpening_Returns400InTheCallersLanguage(string locale, string expected)
    {
        var now = DateTimeOffset.UtcNow;
        using var response = await _api.SendAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(Unique("camp"), [], now.AddDays(10), now.AddDays(5)), locale);

        var detail = await TabCalls.ProblemAsync(response, HttpStatusCode.BadRequest, "campaign.window");

        Assert.Contains(expected, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownFrameworkVersion_Returns400OnFramework()
    {
        var body = JsonSerializer.SerializeToElement(Draft(Unique("camp"), [])).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        body["framework"] = new { frameworkId = "anap-afr", version = 99 };

        using var response = await _api.SendAsync(HttpMethod.Post, Campaigns, Caller.Hr, body);
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("framework", out _));
    }

    [Fact]
    public async Task Create_UnknownTimeZone_Returns400OnTheTimeZone()
    {
        var body = JsonSerializer.SerializeToElement(Draft(Unique("camp"), [])).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        body["reminders"] = new { daysBeforeDeadline = new[] { 2 }, timeZoneId = "Mars/Olympus" };

        using var response = await _api.SendAsync(HttpMethod.Post, Campaigns, Caller.Hr, body);
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("campaign.time-zone", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("reminders.timeZoneId", out _));
    }

    [Fact]
    public async Task Create_ExistingId_Returns409Exists()
    {
        var id = Unique("camp");
        await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, []), HttpStatusCode.Created);

        using var again = await _api.SendAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, []));

        await TabCalls.ProblemAsync(again, HttpStatusCode.Conflict, "exists");
    }

    [Fact]
    public async Task Get_UnknownCampaign_Returns404()
    {
        using var response = await _api.SendAsync(HttpMethod.Get, $"{Campaigns}/nope", Caller.Hr);

        await TabCalls.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Edit_WithTheVersionRead_AppliesOnlyWhatChanged()
    {
        var id = Unique("camp");
        var created = await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, []), HttpStatusCode.Created);
        var deadline = DateTimeOffset.UtcNow.AddDays(45);

        var edited = await _api.JsonAsync(HttpMethod.Put, $"{Campaigns}/{id}", Caller.Hr, new
        {
            version = created.GetProperty("version").GetString(),
            name = new { fr = "Nouveau nom", en = "New name" },
            deadline,
            recurrence = new { intervalMonths = 12 },
        });

        Assert.Equal("Nouveau nom", edited.GetProperty("name").GetProperty("fr").GetString());
        Assert.Equal(deadline, edited.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal(12, edited.GetProperty("recurrence").GetProperty("intervalMonths").GetInt32());
        Assert.Equal(created.GetProperty("opensAt").GetDateTimeOffset(), edited.GetProperty("opensAt").GetDateTimeOffset());
        Assert.NotEqual(created.GetProperty("version").GetString(), edited.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Edit_StaleVersion_Returns409ConcurrencyAndChangesNothing()
    {
        var id = Unique("camp");
        var created = await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, []), HttpStatusCode.Created);
        var stale = created.GetProperty("version").GetString();
        await _api.JsonAsync(HttpMethod.Put, $"{Campaigns}/{id}", Caller.Hr, new { version = stale, name = new { fr = "Premier", en = "First" } });

        using var response = await _api.SendAsync(HttpMethod.Put, $"{Campaigns}/{id}", Caller.Hr, new { version = stale, name = new { fr = "Second", en = "Second" } });
        await TabCalls.ProblemAsync(response, HttpStatusCode.Conflict, "concurrency");

        Assert.Equal("Premier", (await _api.JsonAsync(HttpMethod.Get, $"{Campaigns}/{id}", Caller.Hr)).GetProperty("name").GetProperty("fr").GetString());
    }

    [Fact]
    public async Task Edit_WithoutVersion_Returns400()
    {
        var id = Unique("camp");
        await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, []), HttpStatusCode.Created);

        using var response = await _api.SendAsync(HttpMethod.Put, $"{Campaigns}/{id}", Caller.Hr, new { name = new { fr = "X", en = "X" } });
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Lifecycle_ScheduleLaunchEditRunningRemindRetryClose_FollowsTheRulesOfEachState()
    {
        var people = await PeopleAsync(fixture.Services);
        var id = Unique("camp");
        var path = $"{Campaigns}/{id}";
        var draft = await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, people), HttpStatusCode.Created);

        var scheduled = (await _api.JsonAsync(HttpMethod.Post, path + "/schedule", Caller.Hr, new { version = draft.GetProperty("version").GetString() })).GetProperty("campaign");
        using (var again = await _api.SendAsync(HttpMethod.Post, path + "/schedule", Caller.Hr, new { version = scheduled.GetProperty("version").GetString() }))
        {
            await TabCalls.ProblemAsync(again, HttpStatusCode.Conflict, "campaign.invalid-transition");
        }

        var launched = await _api.JsonAsync(HttpMethod.Post, path + "/launch-now", Caller.Hr);
        var running = launched.GetProperty("campaign");
        var later = running.GetProperty("deadline").GetDateTimeOffset().AddDays(7);
        var extended = await _api.JsonAsync(HttpMethod.Put, path, Caller.Hr, new { version = running.GetProperty("version").GetString(), deadline = later });
        using (var earlier = await _api.SendAsync(HttpMethod.Put, path, Caller.Hr, new { version = extended.GetProperty("version").GetString(), deadline = later.AddDays(-20) }))
        {
            await TabCalls.ProblemAsync(earlier, HttpStatusCode.BadRequest, "campaign.deadline-earlier");
        }

        using (var opening = await _api.SendAsync(HttpMethod.Put, path, Caller.Hr, new { version = extended.GetProperty("version").GetString(), opensAt = DateTimeOffset.UtcNow.AddDays(1) }))
        {
            await TabCalls.ProblemAsync(opening, HttpStatusCode.Conflict, "campaign.locked");
        }

        var reminded = await _api.JsonAsync(HttpMethod.Post, path + "/remind-now", Caller.Hr);
        var retried = await _api.JsonAsync(HttpMethod.Post, path + "/retry-failed", Caller.Hr);
        var closed = await _api.JsonAsync(HttpMethod.Post, path + "/close-now", Caller.Hr);
        using var afterClose = await _api.SendAsync(HttpMethod.Post, path + "/remind-now", Caller.Hr);

        Assert.Equal("Scheduled", scheduled.GetProperty("state").GetString());
        Assert.True(launched.GetProperty("launched").GetBoolean());
        Assert.Equal("Running", running.GetProperty("state").GetString());
        Assert.Equal(2, running.GetProperty("audienceSize").GetInt32());
        Assert.Equal(later, extended.GetProperty("deadline").GetDateTimeOffset());
        Assert.StartsWith("manual-", reminded.GetProperty("reminderKey").GetString(), StringComparison.Ordinal);
        Assert.InRange(retried.GetProperty("retried").GetInt32(), 0, 2);
        Assert.True(closed.GetProperty("closed").GetBoolean());
        Assert.Equal("Closed", closed.GetProperty("campaign").GetProperty("state").GetString());
        Assert.Empty(closed.GetProperty("campaign").GetProperty("allowedActions").EnumerateArray());
        await TabCalls.ProblemAsync(afterClose, HttpStatusCode.Conflict, "campaign.invalid-transition");
    }

    [Fact]
    public async Task CloseNow_QueuesThePublicationOfEveryTeamOfTheCampaign()
    {
        var id = Unique("camp");
        var path = $"{Campaigns}/{id}";
        var draft = await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, await PeopleAsync(fixture.Services)), HttpStatusCode.Created);
        await _api.JsonAsync(HttpMethod.Post, path + "/schedule", Caller.Hr, new { version = draft.GetProperty("version").GetString() });
        await _api.JsonAsync(HttpMethod.Post, path + "/launch-now", Caller.Hr);

        await _api.JsonAsync(HttpMethod.Post, path + "/close-now", Caller.Hr);
        var status = await _api.JsonAsync(HttpMethod.Get, $"/api/tab/campaigns/{id}/teams/{HrTeam}/publication", Caller.Hr);

        // This host has no SharePoint: the request is recorded, as failed with the reason (the Publishing tests see it done).
        Assert.Equal("failed", status.GetProperty("state").GetString());
        Assert.Equal("system:campaign-closed", status.GetProperty("requestedBy").GetString());
        Assert.Contains("SharePoint:SiteHostname", status.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_EmptyAudience_Returns400OnTheAudience()
    {
        var id = Unique("camp");
        var draft = await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, []), HttpStatusCode.Created);

        using var response = await _api.SendAsync(HttpMethod.Post, $"{Campaigns}/{id}/schedule", Caller.Hr, new { version = draft.GetProperty("version").GetString() }, "fr-FR");
        var detail = await TabCalls.ProblemAsync(response, HttpStatusCode.BadRequest, "campaign.empty-audience");

        Assert.StartsWith("La campagne n'a pas de public", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnscheduleAndCancel_ReturnToDraftThenCancelledWithTheReason()
    {
        var id = Unique("camp");
        var path = $"{Campaigns}/{id}";
        var draft = await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, ["someone"]), HttpStatusCode.Created);
        var scheduled = (await _api.JsonAsync(HttpMethod.Post, path + "/schedule", Caller.Hr, new { version = draft.GetProperty("version").GetString() })).GetProperty("campaign");

        var unscheduled = (await _api.JsonAsync(HttpMethod.Post, path + "/unschedule", Caller.Hr, new { version = scheduled.GetProperty("version").GetString() })).GetProperty("campaign");
        var cancelled = (await _api.JsonAsync(HttpMethod.Post, path + "/cancel", Caller.Hr, new { version = unscheduled.GetProperty("version").GetString(), reason = "Reportée" })).GetProperty("campaign");

        Assert.Equal("Draft", unscheduled.GetProperty("state").GetString());
        Assert.Equal("Cancelled", cancelled.GetProperty("state").GetString());
        Assert.Equal("Reportée", cancelled.GetProperty("cancelReason").GetString());
    }

    [Fact]
    public async Task Actions_NeedingARunningCampaign_OnADraft_Return409()
    {
        var id = Unique("camp");
        await _api.JsonAsync(HttpMethod.Post, Campaigns, Caller.Hr, Draft(id, []), HttpStatusCode.Created);

        foreach (var action in new[] { "launch-now", "remind-now", "retry-failed", "close-now" })
        {
            using var response = await _api.SendAsync(HttpMethod.Post, $"{Campaigns}/{id}/{action}", Caller.Hr);
            await TabCalls.ProblemAsync(response, HttpStatusCode.Conflict, "campaign.invalid-transition");
        }
    }

    [Fact]
    public async Task Action_UnknownCampaign_Returns404()
    {
        using var response = await _api.SendAsync(HttpMethod.Post, $"{Campaigns}/nope/schedule", Caller.Hr, new { version = "x" });

        await TabCalls.ProblemAsync(response, HttpStatusCode.NotFound, "not-found");
    }
}
