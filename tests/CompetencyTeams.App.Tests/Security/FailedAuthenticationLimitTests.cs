using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Hosting;
using CompetencyTeams.App.Tests.Auth;
using Microsoft.AspNetCore.Http;

namespace CompetencyTeams.App.Tests.Security;

/// <summary>
/// Requests that fail authentication are limited per client address before anyone is authenticated, on /api/tab and
/// /api/messages alike, while valid tab tokens, valid channel tokens and anonymous endpoints from that same address
/// are still served (in-process, every request comes from the same address).
/// </summary>
[Collection(FailedAuthenticationHostCollection.Name)]
public sealed class FailedAuthenticationLimitTests(FailedAuthenticationHostFixture fixture)
{
    private const string ServiceUrl = "https://smba.example/emea/";
    private const int Flood = 30;

    [Fact]
    public async Task BadTokenFlood_Gets429WithRetryAfter_WhileValidUsersValidChannelTrafficAndTheNoticeAreServed()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? lastRefused = null;
        for (var i = 0; i < Flood; i++)
        {
            var response = (i % 3) switch
            {
                0 => await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", WrongAudienceTabToken()),
                1 => await PostActivityAsync("not-a-jwt"),
                _ => await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", token: null),
            };
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                lastRefused?.Dispose();
                lastRefused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        using var validUser = await fixture.SendAsync(HttpMethod.Get, "/api/tab/me", fixture.DevChannel.Token(Guid.NewGuid().ToString()));
        using var validChannel = await PostActivityAsync(ValidChannelToken());
        using var notice = await fixture.Client.GetAsync(new Uri("/api/tab/privacy-notice", UriKind.Relative));
        using var stillRefused = await PostActivityAsync("not-a-jwt");

        // The permit is spent by the first failures; a refill (one every 60 / Permit s) may let one or two more through on a slow machine.
        Assert.All(statuses.Take(FailedAuthenticationHostFixture.Permit), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.TooManyRequests), Flood - FailedAuthenticationHostFixture.Permit - 2, Flood - FailedAuthenticationHostFixture.Permit);
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
        Assert.NotNull(lastRefused);
        Assert.InRange(lastRefused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("application/problem+json", lastRefused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("rate-limited", JsonDocument.Parse(await lastRefused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        lastRefused.Dispose();

        Assert.Equal(HttpStatusCode.OK, validUser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, validChannel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData(null, "unknown")]
    public void ClientKey_CountsIPv4PerAddressAndIPv6PerSlash64(string? address, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = address is null ? null : IPAddress.Parse(address);

        Assert.Equal(expected, FailedAuthenticationLimiter.ClientKey(context));
    }

    private string WrongAudienceTabToken()
    {
        var payload = fixture.DevChannel.Payload(Guid.NewGuid().ToString());
        payload["aud"] = TabDevChannel.BotAppId;
        return fixture.DevChannel.Sign(payload);
    }

    /// <summary>An Entra-issued (v2) channel token as the Bot Connector sends, signed by the issuer the App trusts for its bot.</summary>
    private string ValidChannelToken()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return fixture.DevChannel.Sign(new JsonObject
        {
            ["iss"] = $"{fixture.DevChannel.BaseUrl}/{TabDevChannel.TenantId}/v2.0",
            ["aud"] = TabDevChannel.BotAppId,
            ["serviceurl"] = ServiceUrl,
            ["tid"] = TabDevChannel.TenantId,
            ["ver"] = "2.0",
            ["azp"] = "dev-bot-connector",
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 600,
        });
    }

    /// <summary>An activity the bot acknowledges without calling anyone back (an event it does not handle).</summary>
    private async Task<HttpResponseMessage> PostActivityAsync(string token)
    {
        var activity = new JsonObject
        {
            ["type"] = "event",
            ["name"] = "rate-limit-probe",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:probe" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + TabDevChannel.BotAppId },
            ["conversation"] = new JsonObject { ["id"] = "a:probe", ["tenantId"] = TabDevChannel.TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TabDevChannel.TenantId } },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await fixture.Client.SendAsync(request);
    }
}
