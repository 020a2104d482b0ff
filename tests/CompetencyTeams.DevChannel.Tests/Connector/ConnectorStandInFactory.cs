using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Identity;
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
        var token = Services.GetRequiredService<DevTokenIssuer>()
            .MintAccessToken("3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c", "00000000-0000-0000-0000-000000000b07", "https://api.botframework.com");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
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
