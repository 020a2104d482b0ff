using System.Net;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Features.HrConsole.HrTestData;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

[Collection(TabApiCollection.Name)]
public sealed class DirectoryApiTests(TabApiFixture fixture)
{
    private readonly TabCalls _api = new(fixture.Client, fixture.DevChannel);

    [Fact]
    public async Task ImportTeamsThenPeople_SemicolonCsv_ListsThemInTheirTeam()
    {
        var team = Unique("team");
        var (alice, bob) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        var teams = $"team_id;name;manager_id;parent_team_id\r\n{team};Équipe « test »;{alice};\r\n";
        var people = "\uFEFFobject_id;display_name;user_principal_name;team_id;manager_id;profile_id;fte;preferred_locale;active\r\n"
            + $"{alice};Alice Martin;alice@chu-demo.fr;{team};;;1;fr-FR;oui\r\n"
            + $"{bob};\"Bob; dit \"\"le nouveau\"\"\";bob@chu-demo.fr;{team};{alice};profile-afr;0,8;en-GB;\r\n";

        var importedTeams = await TabCalls.ExpectAsync(await _api.SendFileAsync("/api/tab/hr/teams/import", Caller.Hr, teams), HttpStatusCode.OK);
        var importedPeople = await TabCalls.ExpectAsync(await _api.SendFileAsync("/api/tab/hr/people/import", Caller.Hr, people), HttpStatusCode.OK);
        var listed = (await _api.JsonAsync(HttpMethod.Get, $"/api/tab/hr/people?teamId={team}", Caller.Hr)).GetProperty("items").EnumerateArray().ToList();
        var teamList = await AllTeamsAsync();

        Assert.Equal(1, importedTeams.GetProperty("imported").GetInt32());
        Assert.Equal(2, importedPeople.GetProperty("imported").GetInt32());
        Assert.Equal(new[] { alice, bob }.Order(), listed.Select(p => p.GetProperty("objectId").GetString()).Order());
        var bobRow = listed.Single(p => p.GetProperty("objectId").GetString() == bob);
        Assert.Equal("Bob; dit \"le nouveau\"", bobRow.GetProperty("displayName").GetString());
        Assert.Equal(0.8, bobRow.GetProperty("fte").GetDouble());
        Assert.Equal(alice, bobRow.GetProperty("managerId").GetString());
        Assert.False(bobRow.GetProperty("reachable").GetBoolean());
        Assert.Contains(teamList, t => t.GetProperty("id").GetString() == team && t.GetProperty("managerId").GetString() == alice && t.GetProperty("name").GetString() == "Équipe « test »");
    }

    [Fact]
    public async Task ImportPeople_WrongLines_Returns400PerLineInFrenchAndImportsNothing()
    {
        var good = Guid.NewGuid().ToString();
        var csv = "object_id,display_name,user_principal_name,fte,active\n"
            + $"{good},Bon,bon@chu-demo.fr,1,true\n"
            + ",Sans id,x@chu-demo.fr,1,true\n"
            + $"{Guid.NewGuid()},Trop,trop@chu-demo.fr,3,peut-être\n"
            + $"{good},Double,double@chu-demo.fr,1,true\n";

        using var response = await _api.SendFileAsync("/api/tab/hr/people/import", Caller.Hr, csv, locale: "fr-FR");
        var problem = await TabCalls.ExpectAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");

        Assert.Contains("object_id : obligatoire", errors.GetProperty("line 3")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, errors.GetProperty("line 4").GetArrayLength());
        Assert.Contains("apparaît deux fois", errors.GetProperty("line 5")[0].GetString(), StringComparison.Ordinal);
        using var read = await _api.SendAsync(HttpMethod.Get, $"/api/tab/hr/people", Caller.Hr);
        Assert.DoesNotContain(good, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/tab/hr/people/import", "id,name\nx,y\n")]
    [InlineData("/api/tab/hr/teams/import", "team_id\nx\n")]
    [InlineData("/api/tab/hr/teams/import", "")]
    public async Task Import_MissingColumnsOrEmpty_Returns400(string path, string csv)
    {
        using var response = await _api.SendFileAsync(path, Caller.Hr, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListPeople_IsPagedWithAContinuationOrNone()
    {
        var page = await _api.JsonAsync(HttpMethod.Get, "/api/tab/hr/people", Caller.Hr);

        Assert.Contains(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("objectId").GetString() == TabOrganisation.AgentA1);
        Assert.True(page.TryGetProperty("continuation", out _));
    }

    private async Task<List<System.Text.Json.JsonElement>> AllTeamsAsync()
    {
        var all = new List<System.Text.Json.JsonElement>();
        string? continuation = null;
        do
        {
            var page = await _api.JsonAsync(HttpMethod.Get, "/api/tab/hr/teams" + (continuation is null ? "" : "?continuation=" + Uri.EscapeDataString(continuation)), Caller.Hr);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            continuation = page.GetProperty("continuation").GetString();
        }
        while (continuation is not null);
        return all;
    }
}
