using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.DevChannel.Tests.Connector;

/// <summary>The DevChannel in-process with a fake clock, and a client that calls it as a bot would.</summary>
public sealed class ConnectorStandInFactory(bool enforceRateLimits = false) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public HttpClient CreateBotClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJ0eXAiOiJKV1QifQ.test-token-for-the-stand-in");
        return client;
    }

    public static async Task<string> CreatePersonalAsync(HttpClient client, string userId)
    {
        var response = await client.PostAsJsonAsync("/v3/conversations", new
        {
            isGroup = false,
            bot = new { id = "28:bot-app-id" },
            members = new[] { new { id = userId } },
            tenantId = "tenant-1",
            channelData = new { tenant = new { id = "tenant-1" } },
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["id"]!.GetValue<string>();
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, string conversationId, string text = "hello") =>
        client.PostAsJsonAsync($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", new { type = "message", text });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DevChannel:Connector:EnforceRateLimits", enforceRateLimits ? "true" : "false");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
