using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.People;
using Microsoft.Extensions.DependencyInjection;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.Dashboards;

/// <summary>
/// GET /api/tab/people/{id}/history on the shared tab organisation, plus people of its own: a manager (HM) whose report
/// (H1) was in seven closed campaigns, one running, one cancelled and one draft. No assignments are written, so the
/// campaign lists of the other tests do not change.
/// </summary>
[Collection(TabApiCollection.Name)]
public sealed class PersonHistoryApiTests(TabApiFixture fixture) : IAsyncLifetime
{
    private const string HistoryManager = "e0000000-0000-4000-8000-0000000000e0";
    private const string HistoryAgent = "e1000000-0000-4000-8000-0000000000e1";
    private const string Prefix = "hist-";
    private static readonly SemaphoreSlim Seeded = new(1, 1);
    private static bool _seeded;

    public async Task InitializeAsync()
    {
        await Seeded.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await SeedAsync(fixture.Services);
                _seeded = true;
            }
        }
        finally
        {
            Seeded.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task History_Manager_GetsTheLastFiveLaunchedCampaignsNewestFirstWithLevelsAlignedToThem()
    {
        var history = await GetAsync($"/api/tab/people/{HistoryAgent}/history", fixture.DevChannel.Token(HistoryManager));

        var campaigns = history.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("campaignId").GetString()).ToList();
        Assert.Equal([Prefix + "running", Prefix + "closed-7", Prefix + "closed-6", Prefix + "closed-5", Prefix + "closed-4"], campaigns);
        var competency = history.GetProperty("competencies").EnumerateArray().First(c => c.GetProperty("code").GetString() == FirstCode);
        var levels = competency.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(5, levels.Count);
        Assert.Equal("2", levels[0].GetProperty("level").GetString());
        Assert.False(levels[0].GetProperty("byManager").GetBoolean());
        Assert.Equal("4", levels[1].GetProperty("level").GetString());
        Assert.True(levels[1].GetProperty("byManager").GetBoolean());
        Assert.Equal(JsonValueKind.Null, levels[2].GetProperty("level").ValueKind);
        Assert.Equal("na", history.GetProperty("competencies").EnumerateArray().First(c => c.GetProperty("code").GetString() == SecondCode)
            .GetProperty("levels")[1].GetProperty("level").GetString());
        Assert.False(string.IsNullOrWhiteSpace(competency.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task History_Exclude_LeavesOutTheCampaignBeingViewedAndCancelledOrDraftCampaignsNeverShow()
    {
        var history = await GetAsync($"/api/tab/people/{HistoryAgent}/history?exclude={Prefix}running", fixture.DevChannel.Token(Hr, HrRole));

        var campaigns = history.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("campaignId").GetString()).ToList();
        Assert.Equal([Prefix + "closed-7", Prefix + "closed-6", Prefix + "closed-5", Prefix + "closed-4", Prefix + "closed-3"], campaigns);
        Assert.DoesNotContain(campaigns, c => c is Prefix + "cancelled" or Prefix + "draft");
        Assert.Equal("Closed", history.GetProperty("campaigns")[0].GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("manager of the person", HistoryManager, false, HttpStatusCode.OK)]
    [InlineData("HR", Hr, true, HttpStatusCode.OK)]
    [InlineData("the person", HistoryAgent, false, HttpStatusCode.OK)]
    [InlineData("another team's manager", ManagerA, false, HttpStatusCode.Forbidden)]
    [InlineData("another agent", AgentA1, false, HttpStatusCode.Forbidden)]
    [InlineData("no role, no reports", Nobody, false, HttpStatusCode.Forbidden)]
    public async Task History_AuthorizationMatrix(string who, string caller, bool hr, HttpStatusCode expected)
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/people/{HistoryAgent}/history", hr ? fixture.DevChannel.Token(caller, HrRole) : fixture.DevChannel.Token(caller));

        Assert.True(expected == response.StatusCode, $"{who}: {response.StatusCode}");
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task History_AnAgentAskingForTheirManager_Is403()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/people/{HistoryManager}/history", fixture.DevChannel.Token(HistoryAgent));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task History_UnknownPerson_Is404ForHrAnd403ForOthers()
    {
        using var hr = await fixture.SendAsync(HttpMethod.Get, "/api/tab/people/nobody-at-all/history", fixture.DevChannel.Token(Hr, HrRole));
        using var manager = await fixture.SendAsync(HttpMethod.Get, "/api/tab/people/nobody-at-all/history", fixture.DevChannel.Token(ManagerA));

        Assert.Equal(HttpStatusCode.NotFound, hr.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, manager.StatusCode);
    }

    [Fact]
    public async Task History_WithoutAToken_Is401()
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, $"/api/tab/people/{HistoryAgent}/history", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task History_PersonWithNoCampaign_IsEmpty()
    {
        var history = await GetAsync($"/api/tab/people/{HistoryManager}/history", fixture.DevChannel.Token(HistoryManager));

        Assert.Empty(history.GetProperty("campaigns").EnumerateArray());
        Assert.Empty(history.GetProperty("competencies").EnumerateArray());
    }

    private static string FirstCode => QuestionnaireTestData.Framework.Competencies[0].Code;

    private static string SecondCode => QuestionnaireTestData.Framework.Competencies[1].Code;

    private static async Task SeedAsync(IServiceProvider services)
    {
        var ct = CancellationToken.None;
        var people = services.GetRequiredService<IPersonRepository>();
        await people.SaveAsync(new Person(HistoryManager, "Hélène Manager", "helene@chu-demo.fr", null, null, null, 1.0, TimeShares.Empty, "fr-FR"), null, ct);
        await people.SaveAsync(new Person(HistoryAgent, "Hugo Historique", "hugo@chu-demo.fr", null, HistoryManager, null, 1.0, TimeShares.Empty, "fr-FR"), null, ct);

        var campaigns = services.GetRequiredService<ICampaignRepository>();
        var assessments = services.GetRequiredService<IAssessmentRepository>();
        var baseline = QuestionnaireTestData.RunningNow(Prefix + "base", timeShares: false);
        for (var k = 1; k <= 7; k++)
        {
            var launched = baseline.LaunchedAt!.Value.AddYears(k - 10);
            await SaveAsync(baseline with { Id = $"{Prefix}closed-{k}", Status = CampaignStatus.Closed, LaunchedAt = launched, ClosedAt = launched.AddDays(30) }, k);
        }

        await SaveAsync(baseline with { Id = Prefix + "running" }, 8);
        await SaveAsync(baseline with { Id = Prefix + "cancelled", Status = CampaignStatus.Cancelled, CancelledAt = baseline.LaunchedAt }, 9);
        await SaveAsync(baseline with { Id = Prefix + "draft", Status = CampaignStatus.Draft, LaunchedAt = null, OpensAt = baseline.OpensAt.AddDays(60) }, 10);

        async Task SaveAsync(Campaign campaign, int k)
        {
            await campaigns.SaveAsync(campaign, null, ct);
            await assessments.SaveAsync(Answers(campaign.Id, k), null, ct);
        }
    }

    /// <summary>Closed campaign 7: the manager set 4 and the person said "not applicable" to the second competency;
    /// closed 6: the first competency not assessed; the running one: a self level of 2 only.</summary>
    private static Assessment Answers(string campaignId, int k)
    {
        var self = new Dictionary<string, LevelAnswer>(StringComparer.Ordinal) { [SecondCode] = k == 7 ? LevelAnswer.NotApplicable : LevelAnswer.Of(1) };
        if (k != 6)
        {
            self[FirstCode] = LevelAnswer.Of(k == 8 ? 2 : 1);
        }

        var manager = new Dictionary<string, LevelAnswer>(StringComparer.Ordinal);
        if (k == 7)
        {
            manager[FirstCode] = LevelAnswer.Of(4);
        }

        return new Assessment(campaignId, HistoryAgent, QuestionnaireTestData.Framework.Framework.Ref, k == 8 ? AssessmentStatus.Draft : AssessmentStatus.Validated)
        {
            SelfAnswers = self,
            ManagerAnswers = manager,
            ManagerId = HistoryManager,
        };
    }

    private async Task<JsonElement> GetAsync(string path, string token)
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, path, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
