using System.Net;
using System.Text.Json.Nodes;
using CompetencyTeams.Bot.Authentication;
using CompetencyTeams.Bot.Connector;
using CompetencyTeams.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CompetencyTeams.Bot.Tests.Connector;

/// <summary>The connector client over real HTTP against WireMock: method, escaped path, headers and body of every call.</summary>
public sealed class ConnectorClientTests : IDisposable
{
    private const string Token = "token-from-the-provider";
    private const string ConversationId = "a:1qhN/Lq;messageid=17";
    private const string ActivityId = "1:17 x";

    // The path as WireMock reports it (re-encoded after Kestrel's decoding, which keeps %2F): each id stays one segment.
    // The exact bytes on the wire are asserted in ConnectorPathsTests.
    private const string EscapedConversationId = "a:1qhN%2FLq;messageid=17";
    private const string EscapedActivityId = "1:17%20x";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly ConnectorClient _client;

    public ConnectorClientTests()
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Token);
        var http = new HttpClient(new BotTokenHandler(tokens.Object) { InnerHandler = new SocketsHttpHandler() });
        _client = new ConnectorClient(http, _time, NullLogger<ConnectorClient>.Instance);
    }

    /// <summary>A service URL with a path, like https://smba.trafficmanager.net/emea/.</summary>
    private string ServiceUrl => _server.Url + "/emea/";

    public void Dispose() => _server.Stop();

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsTeamsBodyAndReadsTheId()
    {
        Reply(201, """{"id":"a:1new","activityId":"1:0","serviceUrl":"https://smba.trafficmanager.net/emea/"}""");

        var result = await _client.CreateConversationAsync(ServiceUrl, ConversationParameters.ForPersonalChat("app-1", "29:user", "tenant-1"));

        Assert.Equal("a:1new", result.Id);
        var request = AssertSingleRequest("POST", "/emea/v3/conversations");
        AssertJsonBody(request, """{"isGroup":false,"bot":{"id":"28:app-1"},"members":[{"id":"29:user"}],"channelData":{"tenant":{"id":"tenant-1"}},"tenantId":"tenant-1"}""");
    }

    [Fact]
    public async Task SendToConversationAsync_PostsTheActivityToTheEscapedConversation()
    {
        Reply(200, """{"id":"1:sent"}""");
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var result = await _client.SendToConversationAsync(ServiceUrl, ConversationId, Activity.CreateMessage(Attachment.AdaptiveCard(card)));

        Assert.Equal("1:sent", result.Id);
        var request = AssertSingleRequest("POST", $"/emea/v3/conversations/{EscapedConversationId}/activities");
        AssertJsonBody(request, """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"}}]}""");
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsToTheActivityPath()
    {
        Reply(200, """{"id":"1:reply"}""");

        var result = await _client.ReplyToActivityAsync(ServiceUrl, ConversationId, ActivityId, new Activity { Type = "message", Text = "merci" });

        Assert.Equal("1:reply", result.Id);
        var request = AssertSingleRequest("POST", $"/emea/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}");
        AssertJsonBody(request, """{"type":"message","text":"merci"}""");
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsTheActivity()
    {
        Reply(200, """{"id":"1:17 x"}""");

        var result = await _client.UpdateActivityAsync(ServiceUrl, ConversationId, ActivityId, new Activity { Type = "message", Id = ActivityId, Text = "v2" });

        Assert.Equal(ActivityId, result.Id);
        var request = AssertSingleRequest("PUT", $"/emea/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}");
        AssertJsonBody(request, """{"type":"message","id":"1:17 x","text":"v2"}""");
    }

    [Fact]
    public async Task DeleteActivityAsync_SendsDeleteWithoutBody()
    {
        Reply(200, "");

        await _client.DeleteActivityAsync(ServiceUrl, ConversationId, ActivityId);

        var request = AssertSingleRequest("DELETE", $"/emea/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}");
        Assert.True(string.IsNullOrEmpty(request.Body));
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterSeconds_IsThrottledWithTheDelay()
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "7")
            .WithBody("""{"error":{"code":"Throttled","message":"Too many requests"}}"""));

        var error = await SendExpectingFailure();

        Assert.Equal(ConnectorErrorKind.Throttled, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterDate_MeasuresTheDelayOnTheClock()
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(429)
            .WithHeader("Retry-After", _time.GetUtcNow().AddSeconds(30).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

        var error = await SendExpectingFailure();

        Assert.Equal(ConnectorErrorKind.Throttled, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithoutRetryAfter_IsThrottledWithoutDelay()
    {
        Reply(429, "");

        var error = await SendExpectingFailure();

        Assert.Equal(ConnectorErrorKind.Throttled, error.Kind);
        Assert.Null(error.RetryAfter);
    }

    [Theory]
    [InlineData(412, """{"error":{"code":"PreconditionFailed","message":"multiple concurrent operations"}}""", ConnectorErrorKind.Transient)]
    [InlineData(502, "Bad gateway", ConnectorErrorKind.Transient)]
    [InlineData(503, "", ConnectorErrorKind.Transient)]
    [InlineData(504, "", ConnectorErrorKind.Transient)]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", ConnectorErrorKind.ConversationNotFound)]
    [InlineData(404, """{"error":{"code":"ActivityNotFound","message":"Unknown activity"}}""", ConnectorErrorKind.Other)]
    [InlineData(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", ConnectorErrorKind.Blocked)]
    [InlineData(403, """{"error":{"code":"BotDisabledByAdmin","message":"The tenant admin disabled this bot"}}""", ConnectorErrorKind.Blocked)]
    [InlineData(403, """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\"\r\n}"}""", ConnectorErrorKind.Blocked)]
    [InlineData(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", ConnectorErrorKind.Blocked)]
    [InlineData(403, """{"error":{"code":"Forbidden","message":"Authorization has been denied"}}""", ConnectorErrorKind.Unauthorized)]
    [InlineData(401, """{"error":{"code":"BotNotRegistered","message":"Unknown bot"}}""", ConnectorErrorKind.Unauthorized)]
    [InlineData(413, """{"error":{"code":"MessageSizeTooBig","message":"Message size too large"}}""", ConnectorErrorKind.TooLarge)]
    [InlineData(400, """{"error":{"code":"BadArgument","message":"Invalid activity"}}""", ConnectorErrorKind.Other)]
    [InlineData(500, "oops", ConnectorErrorKind.Other)]
    public async Task SendToConversationAsync_ErrorStatus_IsClassified(int status, string body, ConnectorErrorKind expected)
    {
        Reply(status, body);

        var error = await SendExpectingFailure();

        Assert.Equal(expected, error.Kind);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(body, error.ResponseBody);
    }

    [Fact]
    public async Task SendToConversationAsync_TeamsErrorBody_ReadsTheSubCode()
    {
        Reply(403, """{"errorCode":209,"message":"{\"subCode\": \"MessageWritesBlocked\", \"details\": \"Thread is blocked from message writes.\"}"}""");

        var error = await SendExpectingFailure();

        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
    }

    [Fact]
    public async Task SendToConversationAsync_NoServerListening_IsTransientWithoutStatus()
    {
        var deadUrl = ServiceUrl;
        _server.Stop();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(deadUrl, ConversationId, new Activity { Type = "message" }));

        Assert.Equal(ConnectorErrorKind.Transient, error.Kind);
        Assert.Null(error.StatusCode);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://files.example/")]
    public async Task SendToConversationAsync_InvalidServiceUrl_Throws(string serviceUrl) =>
        await Assert.ThrowsAsync<ArgumentException>(() => _client.SendToConversationAsync(serviceUrl, ConversationId, new Activity { Type = "message" }));

    private void Reply(int status, string body) =>
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private Task<ConnectorException> SendExpectingFailure() =>
        Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(ServiceUrl, ConversationId, new Activity { Type = "message", Text = "x" }));

    private IRequestMessage AssertSingleRequest(string method, string rawPath)
    {
        var request = Assert.Single(_server.LogEntries).RequestMessage;
        Assert.Equal(method, request.Method);
        Assert.Equal(rawPath, new Uri(request.Url).AbsolutePath);
        Assert.Equal("Bearer " + Token, request.Headers!["Authorization"].Single());
        return request;
    }

    private static void AssertJsonBody(IRequestMessage request, string expectedJson)
    {
        Assert.StartsWith("application/json", request.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(request.Body!)), request.Body);
    }
}
