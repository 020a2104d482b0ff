using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CompetencyTeams.DevChannel.Tests;

public sealed class DevChannelHostTests
{
    [Fact]
    public async Task Root_Get_SaysWhatTheDevChannelPlays()
    {
        await using var factory = new WebApplicationFactory<Program>();

        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bot Connector", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
