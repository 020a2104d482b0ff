using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CompetencyTeams.Bot.Tests.Support;

/// <summary>Teams-shaped activities and a helper to post them to the bot endpoint.</summary>
public static class TestActivities
{
    public static JsonObject Message(string id, string text = "hello", string serviceUrl = BotTestSettings.ServiceUrl, string tenantId = BotTestSettings.TenantId, string channelId = "msteams") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-11-23T10:15:30.1234567Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:1a2b3c", ["name"] = "Agent", ["aadObjectId"] = "6f0b1c2d-0000-4000-8000-000000000001" },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenantId, ["id"] = "a:1conversation" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + BotTestSettings.AppId, ["name"] = "CompetencyTeams" },
        ["text"] = text,
        ["locale"] = "fr-FR",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? token, string body, string? authorizationOverride = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorizationOverride is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorizationOverride);
        }
        else if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    public static string NewId() => "1:" + Guid.NewGuid().ToString("N");
}
