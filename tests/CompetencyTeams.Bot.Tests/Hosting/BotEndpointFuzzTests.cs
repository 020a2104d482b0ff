using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CompetencyTeams.Bot.Tests.Support;
using CsCheck;

namespace CompetencyTeams.Bot.Tests.Hosting;

/// <summary>Malformed bodies and random activities, all with valid tokens: the endpoint never answers 500 nor throws.</summary>
[Collection(BotCollection.Name)]
public sealed class BotEndpointFuzzTests(BotFixture fixture)
{
    private static readonly HttpStatusCode[] Allowed =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden,
        HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.NotImplemented,
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "localTimestamp", "serviceUrl", "channelId", "from", "conversation", "recipient", "text",
        "locale", "attachments", "entities", "channelData", "action", "replyToId", "name", "value", "membersAdded", "membersRemoved",
    ];

    private static readonly string[] Types = ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "", "MESSAGE"];

    private static readonly Gen<JsonNode?> Scalar = Gen.OneOf(
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const((JsonNode?)null),
        Gen.OneOfConst("msteams", "add", "remove", "adaptiveCard/action", "Action.Execute", "2026-11-20T09:00:00Z", BotTestSettings.TenantId)
            .Select(s => (JsonNode?)JsonValue.Create(s)));

    [Fact]
    public Task Post_RandomActivitiesWithValidTokens_NeverFailsWith500() =>
        Check.SampleAsync(RandomActivity, async activity =>
        {
            var serviceUrl = activity["serviceUrl"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : BotTestSettings.ServiceUrl;
            await AssertAnswered(activity.ToJsonString(), serviceUrl);
        }, iter: 400, threads: 1);

    [Fact]
    public Task Post_MalformedJson_NeverFailsWith500() =>
        Check.SampleAsync(MalformedBody, body => AssertAnswered(body, BotTestSettings.ServiceUrl), iter: 300, threads: 1);

    private static Gen<JsonNode?> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (4, Scalar),
            (1, Value(depth - 1).Array[0, 3].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]))),
            (2, Gen.Select(Gen.OneOfConst(Fields).Array[0, 4], Value(depth - 1).Array[4], (keys, values) =>
            {
                var obj = new JsonObject();
                for (var i = 0; i < keys.Length; i++)
                {
                    obj[keys[i]] = values[i]?.DeepClone();
                }

                return (JsonNode?)obj;
            })));

    private static Gen<JsonObject> RandomActivity =>
        Gen.Select(Gen.OneOfConst(Types), Gen.OneOfConst(Fields).Array[0, 6], Value(2).Array[6], Gen.Bool, (type, keys, values, removeInstead) =>
        {
            var activity = TestActivities.Message(TestActivities.NewId());
            activity["type"] = type;
            for (var i = 0; i < keys.Length; i++)
            {
                if (removeInstead && i % 2 == 0)
                {
                    activity.Remove(keys[i]);
                }
                else
                {
                    activity[keys[i]] = values[i]?.DeepClone();
                }
            }

            return activity;
        });

    private static Gen<string> MalformedBody => Gen.OneOf(
        Gen.Byte.Array[0, 512].Select(bytes => Encoding.Latin1.GetString(bytes)),
        Gen.String,
        Gen.Select(Gen.Int[0, 2000], Gen.Char, (cut, c) =>
        {
            var text = TestActivities.Message("1:fuzz").ToJsonString();
            cut = Math.Min(cut, text.Length);
            return text[..cut] + c + text[cut..];
        }),
        Gen.Int[0, 600].Select(cut =>
        {
            var text = TestActivities.Message("1:fuzz").ToJsonString();
            return text[..Math.Min(cut, text.Length)];
        }));

    private async Task AssertAnswered(string body, string serviceUrl)
    {
        var token = fixture.Identity.Issuer.MintChannelToken(BotTestSettings.AppId, serviceUrl);
        using var response = await TestActivities.PostAsync(fixture.Bot.Client, token, body);
        Assert.True(Allowed.Contains(response.StatusCode), $"{(int)response.StatusCode} for {body}");
    }
}
