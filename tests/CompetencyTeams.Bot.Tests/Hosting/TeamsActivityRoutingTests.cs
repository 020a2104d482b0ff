using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.Bot.Schema;
using CompetencyTeams.Bot.Tests.Support;

namespace CompetencyTeams.Bot.Tests.Hosting;

/// <summary>Real Teams activity shapes through the whole endpoint: validation, routing, and the HTTP answer.</summary>
[Collection(BotCollection.Name)]
public sealed class TeamsActivityRoutingTests(BotFixture fixture)
{
    private BotHost Bot => fixture.Bot;

    [Fact]
    public async Task Post_PersonalMessage_RoutesToMessageWithTeamsFields()
    {
        var (response, calls) = await PostFixtureAsync("message-personal.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(calls);
        Assert.Equal("message", call.Route);
        var activity = call.Turn.Activity;
        Assert.Equal("start", activity.Text);
        Assert.Equal("6f0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", activity.From?.AadObjectId);
        Assert.Equal("personal", activity.Conversation?.ConversationType);
        Assert.Equal(BotTestSettings.TenantId, call.Turn.TenantId);
        Assert.Equal("fr-FR", activity.Locale);
        Assert.Equal("clientInfo", Assert.Single(activity.Entities!).Type);
    }

    [Fact]
    public async Task Post_LegacyActionSubmit_RoutesToMessageWithValue()
    {
        var (response, calls) = await PostFixtureAsync("message-action-submit.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(calls);
        Assert.Equal("message", call.Route);
        var value = Assert.IsType<JsonElement>(call.Detail);
        Assert.Equal("questionnaire.save", value.GetProperty("verb").GetString());
        Assert.Equal("1732094100999", call.Turn.Activity.ReplyToId);
    }

    [Fact]
    public async Task Post_AdaptiveCardAction_AnswersTheCardInTheSameResponse()
    {
        var (response, calls) = await PostFixtureAsync("invoke-adaptivecard-action.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(ContentTypes.AdaptiveCard, body["type"]!.GetValue<string>());
        Assert.Equal("verb questionnaire.save", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        var value = Assert.IsType<AdaptiveCardInvokeValue>(Assert.Single(calls).Detail);
        Assert.Equal("Action.Execute", value.Action?.Type);
        Assert.Equal("3", value.Action?.Data?.GetProperty("C01").GetString());
        Assert.Equal("manual", value.Trigger);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionWithoutAction_AnswersAnErrorCard()
    {
        var json = Fixtures.WithNewId("invoke-adaptivecard-action.json", out var id);
        json["value"] = new JsonObject { ["trigger"] = "manual" };

        using var response = await TestActivities.PostAsync(Bot.Client, Token(), json.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal(ContentTypes.Error, body["type"]!.GetValue<string>());
        Assert.Empty(Bot.Handler.For(id));
    }

    [Fact]
    public async Task Post_UnknownInvoke_Returns501()
    {
        var (response, calls) = await PostFixtureAsync("invoke-unknown.json");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(calls);
    }

    [Fact]
    public async Task Post_ConversationUpdateMembersAdded_SurfacesTheConversationReference()
    {
        var (response, calls) = await PostFixtureAsync("conversationupdate-membersadded.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(calls);
        Assert.Equal("reference", call.Route);
        var reference = Assert.IsType<ConversationReference>(call.Detail);
        Assert.StartsWith("a:1qhNLqpU", reference.Conversation?.Id, StringComparison.Ordinal);
        Assert.Equal(BotTestSettings.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(BotTestSettings.TenantId, reference.Conversation?.TenantId);
        Assert.Equal("28:" + BotTestSettings.AppId, reference.Bot?.Id);
        Assert.Equal("msteams", reference.ChannelId);
    }

    [Theory]
    [InlineData("installationupdate-add.json", "reference")]
    [InlineData("installationupdate-remove.json", "reference-removed")]
    public async Task Post_InstallationUpdate_CapturesOrForgetsTheReference(string fixtureName, string expectedRoute)
    {
        var (response, calls) = await PostFixtureAsync(fixtureName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(calls);
        Assert.Equal(expectedRoute, call.Route);
        Assert.Equal("6f0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", Assert.IsType<ConversationReference>(call.Detail).User?.AadObjectId);
    }

    [Fact]
    public async Task Post_OtherActivityType_IsAcknowledgedWith200()
    {
        var (response, calls) = await PostFixtureAsync("messagereaction.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("other", Assert.Single(calls).Route);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"message\"")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"channelId\":\"msteams\"}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:1\"},\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":42,\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:1\"}}")]
    public async Task Post_MalformedActivity_Returns400(string body)
    {
        using var response = await TestActivities.PostAsync(Bot.Client, Token(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413AndNothingProcessed()
    {
        var id = TestActivities.NewId();
        var activity = TestActivities.Message(id, text: new string('x', 300 * 1024));

        using var response = await TestActivities.PostAsync(Bot.Client, Token(), activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(Bot.Handler.Saw(id));
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Returns413()
    {
        var id = TestActivities.NewId();
        var bytes = System.Text.Encoding.UTF8.GetBytes(TestActivities.Message(id, text: new string('y', 300 * 1024)).ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StreamContent(new UnknownLengthStream(bytes)) };
        request.Headers.Authorization = new("Bearer", Token());
        request.Headers.TransferEncodingChunked = true;

        using var response = await Bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(Bot.Handler.Saw(id));
    }

    private string Token() => fixture.Identity.Issuer.MintChannelToken(BotTestSettings.AppId, BotTestSettings.ServiceUrl);

    private async Task<(HttpResponseMessage Response, (string Route, CompetencyTeams.Bot.Hosting.TurnContext Turn, object? Detail)[] Calls)> PostFixtureAsync(string name)
    {
        var json = Fixtures.WithNewId(name, out var id);
        var response = await TestActivities.PostAsync(Bot.Client, Token(), json.ToJsonString());
        return (response, Bot.Handler.For(id));
    }

    /// <summary>A stream that hides its length, so the request goes chunked without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
