using System.Text.Json.Nodes;
using CompetencyTeams.DevChannel.Connector;
using CompetencyTeams.DevChannel.Directory;

namespace CompetencyTeams.DevChannel.Chat;

/// <summary>Builds the activities Teams sends a bot when a user acts in a 1:1 chat, in Teams' documented shapes.</summary>
public sealed class UserActivityFactory(TimeProvider time)
{
    public JsonObject Message(Conversation conversation, DemoPerson user, ChatOptions options, string? text, JsonNode? value, string? replyToId)
    {
        var activity = Base("message", conversation, user, options);
        activity["text"] = text ?? "";
        activity["textFormat"] = "plain";
        if (value is not null)
        {
            activity["value"] = value.DeepClone();
        }

        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return activity;
    }

    public JsonObject CardAction(Conversation conversation, DemoPerson user, ChatOptions options, JsonObject action, string trigger, string replyToId)
    {
        var activity = Base("invoke", conversation, user, options);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject { ["action"] = action.DeepClone(), ["trigger"] = trigger };
        return activity;
    }

    public JsonObject InstallationAdded(Conversation conversation, DemoPerson user, ChatOptions options)
    {
        var activity = Base("installationUpdate", conversation, user, options);
        activity["action"] = "add";
        return activity;
    }

    public JsonObject MembersAdded(Conversation conversation, DemoPerson user, ChatOptions options)
    {
        var activity = Base("conversationUpdate", conversation, user, options);
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "28:" + options.BotAppId },
            new JsonObject { ["id"] = user.ChannelUserId, ["aadObjectId"] = user.Id });
        return activity;
    }

    private JsonObject Base(string type, Conversation conversation, DemoPerson user, ChatOptions options) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = time.GetUtcNow().ToString("O"),
        ["localTimestamp"] = time.GetLocalNow().ToString("O"),
        ["serviceUrl"] = options.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user.ChannelUserId, ["name"] = user.DisplayName, ["aadObjectId"] = user.Id },
        ["recipient"] = new JsonObject { ["id"] = "28:" + options.BotAppId, ["name"] = "CompetencyTeams" },
        ["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = conversation.TenantId,
            ["id"] = conversation.Id,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = conversation.TenantId } },
        ["locale"] = user.Locale,
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo",
            ["locale"] = user.Locale,
            ["country"] = user.Locale.Length >= 5 ? user.Locale[3..] : "FR",
            ["platform"] = "Web",
            ["timezone"] = "Europe/Paris",
        }),
    };
}
