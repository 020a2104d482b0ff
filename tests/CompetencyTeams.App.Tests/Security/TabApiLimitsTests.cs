using System.Net;
using System.Text;
using System.Text.Json;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>The tab API's per-user rate limit and body size limit, on the real App with real tokens.</summary>
[Collection(SecurityHostCollection.Name)]
public sealed class TabApiLimitsTests(SecurityHostFixture fixture)
{
    [Fact]
    public async Task OneUserOverTheBurst_Gets429WithRetryAfter_WhileAnotherUserIsServed()
    {
        var greedy = fixture.DevChannel.Token(Guid.NewGuid().ToString());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SecurityHostFixture.Burst; i++)
        {
            using var allowed = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", greedy);
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", greedy);
        using var other = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", fixture.DevChannel.Token(Guid.NewGuid().ToString()));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task PathsOutsideTheTabApi_AreNotLimited()
    {
        for (var i = 0; i < SecurityHostFixture.Burst * 3; i++)
        {
            using var response = await fixture.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413ProblemBeforeAnyoneReadsIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/tab/hr/privacy/people/{Guid.NewGuid()}/erasure", UriKind.Relative))
        {
            Content = new StringContent("{\"confirmPersonId\":\"" + new string('x', SecurityHostFixture.MaxBodyBytes) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", fixture.DevChannel.Token(Guid.NewGuid().ToString(), Auth.TabOrganisation.HrRole));

        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
