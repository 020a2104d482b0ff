using System.Text.Json.Nodes;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Domain.Assessments;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>Teams-shaped activities from an agent's 1:1 chat with the bot.</summary>
public static class FlowActivities
{
    public static JsonObject Invoke(Agent agent, string serviceUrl, string conversationId, string verb, JsonObject data) =>
        Base(agent, serviceUrl, conversationId, "invoke", activity =>
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = verb == QuestionnaireVerbs.Refresh ? "automatic" : "manual",
            };
        });

    public static JsonObject Message(Agent agent, string serviceUrl, string conversationId, string? text, JsonObject? value = null, string? replyToId = null) =>
        Base(agent, serviceUrl, conversationId, "message", activity =>
        {
            activity["text"] = text;
            activity["value"] = value;
            activity["replyToId"] = replyToId;
        });

    public static JsonObject Installation(Agent agent, string serviceUrl, string conversationId, string action) =>
        Base(agent, serviceUrl, conversationId, "installationUpdate", activity => activity["action"] = action);

    /// <summary>The card data of a block step: campaign, block and one answer per competency code.</summary>
    public static JsonObject BlockData(string campaignId, string block, IEnumerable<(string Code, string Value)> answers, string? comment = null)
    {
        var data = new JsonObject { ["ct"] = "questionnaire", ["campaignId"] = campaignId, ["block"] = block };
        foreach (var (code, value) in answers)
        {
            data[QuestionnaireInputs.Answer(code)] = value;
        }

        if (comment is not null)
        {
            data[QuestionnaireInputs.Comment] = comment;
        }

        return data;
    }

    /// <summary>Levels cycling 1..4 over a block's competencies, the first one "na".</summary>
    public static IEnumerable<(string Code, string Value)> Answers(AssessmentContext context, string block) =>
        context.CompetenciesOf(context.RequireBlock(block)).Select((c, i) => (c.Code, i == 0 ? "na" : ((i % 4) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static JsonObject CampaignData(string campaignId) => new() { ["ct"] = "questionnaire", ["campaignId"] = campaignId };

    private static JsonObject Base(Agent agent, string serviceUrl, string conversationId, string type, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "1:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = TimeProvider.System.GetUtcNow().ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = agent.ChannelUserId, ["name"] = "Agent", ["aadObjectId"] = agent.ObjectId },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = DevChannelServer.TenantId, ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = "28:" + DevChannelServer.AppId, ["name"] = "CompetencyTeams" },
            ["locale"] = agent.Locale,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DevChannelServer.TenantId } },
        };
        fill(activity);
        return activity;
    }
}
