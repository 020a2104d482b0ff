using System.Text.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.Bot.Schema;
using CompetencyTeams.Bot.Tests.Support;

namespace CompetencyTeams.Bot.Tests.Schema;

public sealed class ActivitySerializationTests
{
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void RoundTrip_TeamsFixture_KeepsEveryField(string fixtureName)
    {
        var original = JsonNode.Parse(Fixtures.Text(fixtureName))!.AsObject();

        var activity = JsonSerializer.Deserialize(original.ToJsonString(), BotJsonContext.Default.Activity)!;
        var echoed = JsonSerializer.SerializeToNode(activity, BotJsonContext.Default.Activity)!.AsObject();

        foreach (var timestamp in new[] { "timestamp", "localTimestamp" })
        {
            Assert.Equal(Instant(original, timestamp), Instant(echoed, timestamp));
            original.Remove(timestamp);
            echoed.Remove(timestamp);
        }

        Assert.True(JsonNode.DeepEquals(original, echoed), $"{fixtureName} changed:\n{original}\n---\n{echoed}");
    }

    [Fact]
    public void Deserialize_UnknownFieldsAndType_KeepsThemAsExtensionData()
    {
        const string Json = """{"type":"futureThing","serviceUrl":"https://x/","channelId":"msteams","conversation":{"id":"c","futureFlag":true},"brandNew":{"a":[1,2]}}""";

        var activity = JsonSerializer.Deserialize(Json, BotJsonContext.Default.Activity)!;

        Assert.Equal("futureThing", activity.Type);
        Assert.Equal("[1,2]", activity.AdditionalProperties!["brandNew"].GetProperty("a").GetRawText());
        Assert.True(activity.Conversation!.AdditionalProperties!["futureFlag"].GetBoolean());
    }

    [Fact]
    public void CreateReply_SwapsSenderAndRecipient_AndKeepsTheConversation()
    {
        var activity = JsonSerializer.Deserialize(Fixtures.Text("message-personal.json"), BotJsonContext.Default.Activity)!;

        var reply = activity.CreateReply("bonjour");

        Assert.Equal(activity.Recipient!.Id, reply.From!.Id);
        Assert.Equal(activity.From!.Id, reply.Recipient!.Id);
        Assert.Equal(activity.Conversation, reply.Conversation);
        Assert.Equal(activity.Id, reply.ReplyToId);
        Assert.Equal("message", reply.Type);
    }

    [Fact]
    public void ForPersonalChat_BuildsTheTeamsCreateConversationBody()
    {
        var parameters = ConversationParameters.ForPersonalChat("app-id", "29:user", "tenant-1");

        var json = JsonSerializer.SerializeToNode(parameters, BotJsonContext.Default.ConversationParameters)!;

        var expected = JsonNode.Parse("""{"isGroup":false,"bot":{"id":"28:app-id"},"members":[{"id":"29:user"}],"channelData":{"tenant":{"id":"tenant-1"}},"tenantId":"tenant-1"}""");
        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    private static DateTimeOffset? Instant(JsonObject json, string name) =>
        json[name] is { } value ? DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null;
}
