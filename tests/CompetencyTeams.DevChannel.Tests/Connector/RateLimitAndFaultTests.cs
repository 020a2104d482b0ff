using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Tests.Connector;

public sealed class RateLimitAndFaultTests
{
    [Fact]
    public async Task Send_EighthMessageWithinOneSecond_Returns429WithRetryAfter_WhenEnforced()
    {
        await using var factory = new ConnectorStandInFactory(enforceRateLimits: true);
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");
        factory.Clock.Advance(TimeSpan.FromSeconds(5));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await ConnectorStandInFactory.SendAsync(client, conversation)).StatusCode);
        }

        var throttled = await ConnectorStandInFactory.SendAsync(client, conversation);
        factory.Clock.Advance(TimeSpan.FromSeconds(2.5));
        var afterWaiting = await ConnectorStandInFactory.SendAsync(client, conversation);

        Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[7]);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Created, afterWaiting.StatusCode);
    }

    [Fact]
    public async Task Send_OverTheLimitWithoutEnforcement_SucceedsButIsCountedOverLimit()
    {
        await using var factory = new ConnectorStandInFactory(enforceRateLimits: false);
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");
        factory.Clock.Advance(TimeSpan.FromSeconds(5));

        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await ConnectorStandInFactory.SendAsync(client, conversation)).StatusCode);
        }

        var stats = await client.GetFromJsonAsync<JsonObject>("/devchannel/connector/stats");
        Assert.Equal(2, stats!["overLimitRequests"]!.GetValue<long>());
    }

    [Fact]
    public async Task Create_FiftyFirstRequestInOneSecondAcrossUsers_HitsTheGlobalLimit()
    {
        await using var factory = new ConnectorStandInFactory(enforceRateLimits: true);
        var client = factory.CreateBotClient();

        for (var i = 0; i < 50; i++)
        {
            await ConnectorStandInFactory.CreatePersonalAsync(client, $"29:user-{i}");
        }

        var response = await client.PostAsJsonAsync("/v3/conversations", new
        {
            bot = new { id = "28:bot-app-id" },
            members = new[] { new { id = "29:user-51" } },
            tenantId = "tenant-1",
        });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Theory]
    [InlineData(1.0, 0.0, HttpStatusCode.TooManyRequests)]
    [InlineData(0.0, 1.0, HttpStatusCode.ServiceUnavailable)]
    public async Task Send_WithInjectedFault_AnswersThatFault(double throttleRate, double unavailableRate, HttpStatusCode expected)
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");
        await client.PostAsJsonAsync("/devchannel/connector/faults", new { throttleRate, unavailableRate, retryAfterSeconds = 3 });

        var response = await ConnectorStandInFactory.SendAsync(client, conversation);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.TooManyRequests)
        {
            Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        }
    }

    [Fact]
    public async Task Send_ToUserWhoBlockedTheBot_Returns403ConversationBlockedByUser()
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:blocker");
        await client.PostAsJsonAsync("/devchannel/connector/faults", new { blockedUsers = new[] { "29:blocker" } });

        var response = await ConnectorStandInFactory.SendAsync(client, conversation);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ConversationBlockedByUser", body!["error"]!["code"]!.GetValue<string>());
        Assert.Contains("MessageWritesBlocked", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
