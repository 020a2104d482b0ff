using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CompetencyTeams.DevChannel.Tests.Graph;

public sealed class GraphHostWiringTests
{
    [Fact]
    public async Task DevChannelProgram_ServesGraphUnderV1AndTheSharePointPage()
    {
        await using var factory = new WebApplicationFactory<Program>();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "any");

        var site = await client.GetAsync(new Uri("/v1.0/sites/contoso.sharepoint.com%3A%2Fsites%2Fcompetences", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/devchannel/sharepoint", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }
}
