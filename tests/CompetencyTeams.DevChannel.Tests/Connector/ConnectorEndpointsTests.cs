using CompetencyTeams.DevChannel.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CompetencyTeams.DevChannel.Tests.Connector;

public sealed class ConnectorEndpointsTests
{
    [Fact]
    public async Task CreateConversation_SameUserTwice_ReturnsTheSamePersonalConversation()
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateBotClient();

        var first = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");
        var second = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");
        var other = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-b");

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task AnyCall_WithoutBearerToken_Returns401()
    {
        await using var factory = new ConnectorStandInFactory();

        var response = await factory.CreateClient().PostAsJsonAsync("/v3/conversations", new { bot = new { id = "28:x" } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnyCall_WithATokenNotIssuedForTheConnector_Returns401()
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateClient();
        var wrongAudience = factory.Services.GetRequiredService<DevTokenIssuer>()
            .MintAccessToken("3f6a1c2e-9b7d-4e21-a8c5-1d2e3f4a5b6c", "00000000-0000-0000-0000-000000000b07", "https://graph.microsoft.com");
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", wrongAudience);

        var response = await client.PostAsJsonAsync("/v3/conversations", new { bot = new { id = "28:x" } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CreateConversation_WithoutTenant_Returns400NamingTheField()
    {
        await using var factory = new ConnectorStandInFactory();

        var response = await factory.CreateBotClient().PostAsJsonAsync("/v3/conversations", new
        {
            bot = new { id = "28:bot" },
            members = new[] { new { id = "29:user" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tenantId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendUpdateDelete_OnKnownConversation_SucceedAndAreStored()
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");

        var sent = await ConnectorStandInFactory.SendAsync(client, conversation);
        var activityId = (await sent.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var path = $"/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{activityId}";
        var updated = await client.PutAsJsonAsync(path, new { type = "message", text = "updated" });
        var deleted = await client.DeleteAsync(new Uri(path, UriKind.Relative));
        var updateAfterDelete = await client.PutAsJsonAsync(path, new { type = "message", text = "again" });

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, updateAfterDelete.StatusCode);
    }

    [Fact]
    public async Task Send_ToForgottenConversation_Returns404ConversationNotFound_AndCreateGivesANewId()
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");

        await client.DeleteAsync(new Uri($"/devchannel/connector/conversations/{Uri.EscapeDataString(conversation)}", UriKind.Relative));
        var response = await ConnectorStandInFactory.SendAsync(client, conversation);
        var recreated = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ConversationNotFound", (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());
        Assert.NotEqual(conversation, recreated);
    }

    [Fact]
    public async Task Send_MalformedJson_Returns400()
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");

        var response = await client.PostAsync(
            new Uri($"/v3/conversations/{Uri.EscapeDataString(conversation)}/activities", UriKind.Relative),
            new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Send_OverTheMessageSizeLimit_Returns413MessageSizeTooBig()
    {
        await using var factory = new ConnectorStandInFactory();
        var client = factory.CreateBotClient();
        var conversation = await ConnectorStandInFactory.CreatePersonalAsync(client, "29:user-a");

        var response = await ConnectorStandInFactory.SendAsync(client, conversation, new string('x', 101 * 1024));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MessageSizeTooBig", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
