using System.Net;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;
using static CompetencyTeams.App.Tests.Features.HrConsole.HrTestData;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

/// <summary>
/// Every HR console endpoint × every caller, with real signed tokens: HR succeeds (2xx), anybody else — agent, manager of
/// team A or B, a user with no role — gets a 403 problem, before any lookup. The campaign list is open to every caller.
/// </summary>
[Collection(TabApiCollection.Name)]
public sealed class HrAuthorizationMatrixTests(TabApiFixture fixture)
{
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    public static readonly string[] HrEndpoints =
    [
        "frameworks", "framework-export", "framework-import", "framework-publish", "framework-draft", "level-scale", "profiles", "profile-save", "teams",
        "teams-import", "people", "people-import", "campaign", "campaign-create", "campaign-edit", "schedule", "unschedule", "launch-now",
        "cancel", "remind-now", "retry-failed", "close-now", "participation",
    ];

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var endpoint in HrEndpoints)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(endpoint, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task HrEndpoint_Caller_OnlyHrSucceeds(string endpoint, Caller caller)
    {
        var (method, path, content) = caller == Caller.Hr ? await PrepareAsync(endpoint) : (HttpMethod.Post, Path(endpoint), null);
        if (caller != Caller.Hr)
        {
            method = endpoint is "frameworks" or "framework-export" or "level-scale" or "profiles" or "teams" or "people" or "campaign" or "participation" ? HttpMethod.Get
                : endpoint is "profile-save" or "campaign-edit" ? HttpMethod.Put : HttpMethod.Post;
        }

        using var response = await _api.SendAsync(method, path, _api.Token(caller), content, null);
        var text = await response.Content.ReadAsStringAsync();

        if (caller == Caller.Hr)
        {
            Assert.True(response.IsSuccessStatusCode, $"{endpoint} as HR: {(int)response.StatusCode} {text}");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} as {caller}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData(Caller.Agent)]
    [InlineData(Caller.ManagerA)]
    [InlineData(Caller.ManagerB)]
    [InlineData(Caller.Hr)]
    [InlineData(Caller.Nobody)]
    public async Task CampaignList_EveryCaller_Succeeds(Caller caller)
    {
        using var response = await _api.SendAsync(HttpMethod.Get, "/api/tab/campaigns", caller);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HrEndpoint_WithoutToken_Returns401()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/tab/hr/frameworks", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Path(string endpoint) => endpoint switch
    {
        "frameworks" => "/api/tab/hr/frameworks",
        "framework-export" => "/api/tab/hr/frameworks/anap-afr/1?format=csv",
        "framework-import" => "/api/tab/hr/frameworks/import?format=json",
        "framework-publish" => "/api/tab/hr/frameworks/anap-afr/1/publish",
        "framework-draft" => "/api/tab/hr/frameworks/anap-afr/1/drafts",
        "level-scale" => "/api/tab/hr/level-scale",
        "profiles" => "/api/tab/hr/profiles",
        "profile-save" => "/api/tab/hr/profiles/p",
        "teams" => "/api/tab/hr/teams",
        "teams-import" => "/api/tab/hr/teams/import",
        "people" => "/api/tab/hr/people",
        "people-import" => "/api/tab/hr/people/import",
        "campaign" => $"/api/tab/hr/campaigns/{CampaignId}",
        "campaign-create" => "/api/tab/hr/campaigns",
        "campaign-edit" => $"/api/tab/hr/campaigns/{CampaignId}",
        "participation" => $"/api/tab/hr/campaigns/{CampaignId}/participation",
        _ => $"/api/tab/hr/campaigns/{CampaignId}/{endpoint}",
    };

    /// <summary>The HR request of each endpoint, on fresh resources where it changes something.</summary>
    private async Task<(HttpMethod, string, HttpContent?)> PrepareAsync(string endpoint)
    {
        static HttpContent Json(object body) => System.Net.Http.Json.JsonContent.Create(body, body.GetType());
        static HttpContent Text(string body) => new StringContent(body);
        switch (endpoint)
        {
            case "framework-import":
                return (HttpMethod.Post, Path(endpoint), Text(FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = Unique("fw") })));
            case "framework-publish":
                var id = Unique("fw");
                await TabCalls.ExpectAsync(await _api.SendFileAsync("/api/tab/hr/frameworks/import?format=json", Caller.Hr, FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = id })), HttpStatusCode.Created);
                return (HttpMethod.Post, $"/api/tab/hr/frameworks/{id}/1/publish", null);
            case "framework-draft":
                var edited = Unique("fw");
                await TabCalls.ExpectAsync(
                    await _api.SendFileAsync("/api/tab/hr/frameworks/import?format=json&publish=true", Caller.Hr, FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = edited })),
                    HttpStatusCode.Created);
                return (HttpMethod.Post, $"/api/tab/hr/frameworks/{edited}/1/drafts", Text(FrameworkJson.Serialize(ShippedFrameworks.AnapAfr)));
            case "profile-save":
                return (HttpMethod.Put, $"/api/tab/hr/profiles/{Unique("p")}", Json(new { name = new { fr = "P", en = "P" }, framework = new { frameworkId = "anap-afr", version = 1 }, requiredLevels = new Dictionary<string, int>() }));
            case "teams-import":
                return (HttpMethod.Post, Path(endpoint), Text($"team_id,name\n{Unique("team")},Équipe\n"));
            case "people-import":
                return (HttpMethod.Post, Path(endpoint), Text($"object_id,display_name,user_principal_name\n{Guid.NewGuid()},Nouveau,n@chu-demo.fr\n"));
            case "campaign-create":
                return (HttpMethod.Post, Path(endpoint), Json(Draft(Unique("camp"), [])));
            case "campaign-edit":
            case "schedule":
            case "cancel":
                var (draft, version) = await CreateAsync(["someone"]);
                return endpoint == "campaign-edit"
                    ? (HttpMethod.Put, $"/api/tab/hr/campaigns/{draft}", Json(new { version, name = new { fr = "Renommée", en = "Renamed" } }))
                    : (HttpMethod.Post, $"/api/tab/hr/campaigns/{draft}/{endpoint}", Json(new { version }));
            case "unschedule":
            case "launch-now":
                var (scheduled, scheduledVersion) = await CreateAsync(await PeopleAsync(fixture.Services));
                var campaign = await _api.JsonAsync(HttpMethod.Post, $"/api/tab/hr/campaigns/{scheduled}/schedule", Caller.Hr, new { version = scheduledVersion });
                return (HttpMethod.Post, $"/api/tab/hr/campaigns/{scheduled}/{endpoint}", endpoint == "unschedule" ? Json(new { version = campaign.GetProperty("campaign").GetProperty("version").GetString() }) : null);
            case "remind-now":
            case "retry-failed":
            case "close-now":
                var running = Unique("camp");
                await fixture.Service<ICampaignRepository>().SaveAsync(QuestionnaireTestData.RunningNow(running), null, CancellationToken.None);
                return (HttpMethod.Post, $"/api/tab/hr/campaigns/{running}/{endpoint}", null);
            default:
                return (endpoint is "frameworks" or "framework-export" or "level-scale" or "profiles" or "teams" or "people" or "campaign" or "participation" ? HttpMethod.Get : HttpMethod.Post, Path(endpoint), null);
        }
    }

    private async Task<(string Id, string Version)> CreateAsync(string[] people)
    {
        var id = Unique("camp");
        var created = await _api.JsonAsync(HttpMethod.Post, "/api/tab/hr/campaigns", Caller.Hr, Draft(id, people), HttpStatusCode.Created);
        return (id, created.GetProperty("version").GetString()!);
    }
}
