using System.Net;
using System.Text.Json;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Auth;

/// <summary>
/// Every tab endpoint × every role, with real signed tokens: exactly the allowed cells succeed, every other one is a
/// 403 problem. Roles: agent (A1, of team A), manager of team A, manager of team B, HR (app role), nobody (no role, no reports).
/// </summary>
[Collection(TabApiCollection.Name)]
public sealed class TabAuthorizationMatrixTests(TabApiFixture fixture)
{
    public enum Role
    {
        Agent,
        ManagerA,
        ManagerB,
        Hr,
        Nobody,
    }

    public static TheoryData<string, Role, bool> Matrix()
    {
        var allowed = new Dictionary<string, Role[]>
        {
            ["me"] = [Role.Agent, Role.ManagerA, Role.ManagerB, Role.Hr, Role.Nobody],
            ["team-dashboard"] = [Role.ManagerA, Role.Hr],
            ["person-view"] = [Role.Agent, Role.ManagerA, Role.Hr],
            ["organisation"] = [Role.Hr],
            ["validate"] = [Role.ManagerA],
            ["accept-all"] = [Role.ManagerA],
            ["action-plan"] = [Role.ManagerA, Role.Hr],
            ["add-action"] = [Role.ManagerA],
            ["edit-action"] = [Role.ManagerA],
        };
        var data = new TheoryData<string, Role, bool>();
        foreach (var (endpoint, roles) in allowed)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(endpoint, role, roles.Contains(role));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_Role_OnlyAllowedCellsSucceed(string endpoint, Role role, bool allowed)
    {
        var (method, path, body) = await RequestAsync(endpoint);

        using var response = await fixture.SendAsync(method, path, Token(role), body);
        var text = await response.Content.ReadAsStringAsync();

        if (allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{endpoint} as {role}: {(int)response.StatusCode} {text}");
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} as {role}: {(int)response.StatusCode} {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private string Token(Role role) => role switch
    {
        Role.Agent => fixture.DevChannel.Token(AgentA1),
        Role.ManagerA => fixture.DevChannel.Token(ManagerA),
        Role.ManagerB => fixture.DevChannel.Token(ManagerB),
        Role.Hr => fixture.DevChannel.Token(Hr, HrRole),
        _ => fixture.DevChannel.Token(Nobody),
    };

    private async Task<(HttpMethod Method, string Path, object? Body)> RequestAsync(string endpoint)
    {
        var campaign = $"/api/tab/campaigns/{CampaignId}";
        return endpoint switch
        {
            "me" => (HttpMethod.Get, "/api/tab/me", null),
            "team-dashboard" => (HttpMethod.Get, $"{campaign}/teams/{TeamA}/dashboard", null),
            "person-view" => (HttpMethod.Get, $"{campaign}/people/{AgentA1}", null),
            "organisation" => (HttpMethod.Get, $"{campaign}/organisation", null),
            "validate" => (HttpMethod.Post, $"{campaign}/people/{AgentA2}/validation", new { levels = new Dictionary<string, string>(), overallComment = "OK" }),
            "accept-all" => (HttpMethod.Post, $"{campaign}/teams/{TeamA}/validation/accept-all", new { personIds = new[] { AgentA2 } }),
            "action-plan" => (HttpMethod.Get, $"{campaign}/teams/{TeamA}/action-plan", null),
            "add-action" => (HttpMethod.Post, $"{campaign}/teams/{TeamA}/action-plan/actions", new { lever = "Training", reason = "Formation facturation", ownerId = ManagerA }),
            "edit-action" => (HttpMethod.Put, $"{campaign}/teams/{TeamA}/action-plan/actions/{await ExistingActionAsync()}", new { status = "InProgress" }),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }

    private async Task<string> ExistingActionAsync()
    {
        using var response = await fixture.SendAsync(
            HttpMethod.Post,
            $"/api/tab/campaigns/{CampaignId}/teams/{TeamA}/action-plan/actions",
            fixture.DevChannel.Token(ManagerA),
            new { lever = "Organisation", reason = "Binôme accueil", ownerId = ManagerA });
        var plan = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("plan");
        return plan.GetProperty("actions").EnumerateArray().Last().GetProperty("id").GetString()!;
    }
}
