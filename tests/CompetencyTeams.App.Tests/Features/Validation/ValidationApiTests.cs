using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.Domain.Audit;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.Validation;

[Collection(TabApiCollection.Name)]
public sealed class ValidationApiTests(TabApiFixture fixture)
{
    private static readonly string Dashboard = $"/api/tab/campaigns/{CampaignId}/teams/{TeamA}/dashboard";

    [Fact]
    public async Task Validate_ManagerLowersALevel_DashboardShowsTheGapAndTheValidationAndAuditRecordsIt()
    {
        var token = fixture.DevChannel.Token(ManagerA);
        var before = await GetJsonAsync(Dashboard, token);
        var code = FirstCell(before, AgentA3).GetProperty("code").GetString()!;
        var required = FirstCell(before, AgentA3).GetProperty("required").GetInt32();

        using var response = await fixture.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{CampaignId}/people/{AgentA3}/validation", token, new
        {
            levels = new Dictionary<string, string> { [code] = required > 1 ? (required - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "na" },
            comments = new Dictionary<string, string> { [code] = "À revoir en entretien." },
            overallComment = "Bon travail.",
        });
        var after = await GetJsonAsync(Dashboard, token);
        var entries = await fixture.Service<IAuditLog>().ListForSubjectAsync(AgentA3, null, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before.GetProperty("validatedCount").GetInt32() + 1, after.GetProperty("validatedCount").GetInt32());
        Assert.Equal("Validated", Row(after, AgentA3).GetProperty("participation").GetString());
        var cell = FirstCell(after, AgentA3);
        Assert.Equal(0, FirstCell(before, AgentA3).GetProperty("gap").GetInt32());
        if (required > 1)
        {
            Assert.Equal(1, cell.GetProperty("gap").GetInt32());
            Assert.Equal(required - 1, cell.GetProperty("held").GetInt32());
        }
        else
        {
            Assert.Equal("NotApplicable", cell.GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("gap").ValueKind);
        }

        Assert.Contains(entries.Items, e => e.Action == AuditActions.AssessmentValidated && e.ActorId == ManagerA && e.Details.ContainsKey("level " + code));
    }

    [Fact]
    public async Task Validate_LevelThatIsNotALevel_Returns400WithTheField()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{CampaignId}/people/{AgentA2}/validation", fixture.DevChannel.Token(ManagerA), new
        {
            levels = new Dictionary<string, string> { ["1.1.1"] = "beaucoup" },
        });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("levels.1.1.1", out _));
    }

    [Fact]
    public async Task Validate_LevelOffTheScale_Returns400()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{CampaignId}/people/{AgentA2}/validation", fixture.DevChannel.Token(ManagerA), new
        {
            levels = new Dictionary<string, string> { ["1.1.1"] = "9" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Validate_StaleVersion_Returns409()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{CampaignId}/people/{AgentA2}/validation", fixture.DevChannel.Token(ManagerA), new
        {
            levels = new Dictionary<string, string>(),
            version = "W/\"datetime'2000-01-01T00%3A00%3A00.0000000Z'\"",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Validate_UnknownCampaign_Returns404()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/no-such-campaign/people/{AgentA2}/validation", fixture.DevChannel.Token(ManagerA), new
        {
            levels = new Dictionary<string, string>(),
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Validate_OwnAssessment_Returns403()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, $"/api/tab/campaigns/{CampaignId}/people/{AgentA1}/validation", fixture.DevChannel.Token(AgentA1), new
        {
            levels = new Dictionary<string, string>(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static JsonElement Row(JsonElement dashboard, string personId) =>
        dashboard.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("personId").GetString() == personId);

    private static JsonElement FirstCell(JsonElement dashboard, string personId) => Row(dashboard, personId).GetProperty("cells")[0];

    private async Task<JsonElement> GetJsonAsync(string path, string token)
    {
        using var response = await fixture.SendAsync(HttpMethod.Get, path, token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }
}
