using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Connector;
using CompetencyTeams.DevChannel.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.DevChannel.Tests.Connector;

/// <summary>Installing the app for a user through the Graph stand-in opens a chat the bot can post to under Graph's chat id.</summary>
public sealed class InstallationChatTests
{
    private const string CatalogAppId = "8f1e2d3c-4b5a-4697-8a7b-6c5d4e3f2a1b";

    [Fact]
    public async Task GraphInstall_ThenPostToItsChatId_TheConnectorKeepsTheCardInTheUsersChat()
    {
        await using var factory = new ConnectorStandInFactory();
        factory.Services.GetRequiredService<GraphUserHandlers>().Upsert(new GraphUser("agent-9", "Agent 9", "agent9@contoso.test", null, null));
        var graph = factory.CreateClient();
        graph.DefaultRequestHeaders.Authorization = new("Bearer", "devchannel-local-graph-token");
        var bot = factory.CreateBotClient();

        using var install = await graph.PostAsJsonAsync("/v1.0/users/agent-9/teamwork/installedApps", new JsonObject
        {
            ["teamsApp@odata.bind"] = $"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{CatalogAppId}",
        });
        var list = await graph.GetFromJsonAsync<JsonObject>("/v1.0/users/agent-9/teamwork/installedApps?$expand=teamsApp");
        var installationId = list!["value"]![0]!["id"]!.GetValue<string>();
        var chat = await graph.GetFromJsonAsync<JsonObject>($"/v1.0/users/agent-9/teamwork/installedApps/{Uri.EscapeDataString(installationId)}/chat");
        var chatId = chat!["id"]!.GetValue<string>();
        using var sent = await ConnectorStandInFactory.SendAsync(bot, chatId, "invitation");

        Assert.Equal(HttpStatusCode.Created, install.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var conversation = factory.Services.GetRequiredService<ConversationStore>().Find(chatId);
        Assert.Equal("29:agent-9", conversation?.UserId);
        Assert.Equal("invitation", conversation!.Activities.Single().Activity["text"]?.GetValue<string>());
    }
}
