using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Tests.Auth;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.DirectorySync;

/// <summary>The shared tab API fixture has no DirectorySync settings: the sync endpoint says so, and stays HR only.</summary>
[Collection(TabApiCollection.Name)]
public sealed class DirectorySyncOffApiTests(TabApiFixture fixture)
{
    [Fact]
    public async Task Sync_NotConfigured_Is409WithTheCode()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, "/api/tab/hr/directory/sync", fixture.DevChannel.Token(Hr, HrRole));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("directory.not-configured", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sync_Manager_Is403BeforeAnything()
    {
        using var response = await fixture.SendAsync(HttpMethod.Post, "/api/tab/hr/directory/sync", fixture.DevChannel.Token(ManagerA));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
