extern alias devchannel;

using System.Net;
using System.Text.Json.Nodes;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Domain.People;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>The message side: legacy Action.Submit (card updated in place through the connector), text commands, install events.</summary>
[Collection(QuestionnaireFlowCollection.Name)]
public sealed class QuestionnaireChatTests(QuestionnaireFlowFixture fixture)
{
    [Fact]
    public async Task LegacySubmit_MessageWithValueAndReplyToId_SavesAndReplacesTheClickedCard()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("legacy");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var conversation = Conversation(agent);
        var posted = fixture.DevChannel.Conversations.Add(conversation, new JsonObject { ["type"] = "message", ["text"] = "invitation" }, null);

        var value = FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1"));
        value["verb"] = QuestionnaireVerbs.Next;
        using var response = await app.PostAsync(FlowActivities.Message(agent, fixture.DevChannel.ServiceUrl, conversation.Id, null, value, posted.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = conversation.Activities.Single(a => a.Id == posted.Id);
        Assert.Equal(1, updated.Updates);
        Assert.Contains("Bloc 2/9 · 4/37 réponses", updated.Activity["attachments"]![0]!["content"]!.Text(), StringComparison.Ordinal);
        Assert.Equal(4, (await app.AssessmentAsync(campaign.Id, agent))!.Value.SelfAnswers.Count);
    }

    [Theory]
    [InlineData("aide", "fr-FR", "Ce que je sais faire")]
    [InlineData("help", "en-US", "What I can do")]
    [InlineData("quelle heure est-il ?", "fr-FR", "Je n'ai pas compris")]
    [InlineData("<at>CompetencyTeams</at> statut", "fr-FR", "Vos campagnes")]
    [InlineData("resume", "en-US", "Block 1/9 · 0/37 answers")]
    public async Task TextCommand_AnyText_AnsweredWithACardNeverSilence(string text, string locale, string expected)
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New(locale);
        var campaign = QuestionnaireTestData.RunningNow("commands");
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var conversation = Conversation(agent);

        using var response = await app.PostAsync(FlowActivities.Message(agent, fixture.DevChannel.ServiceUrl, conversation.Id, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(conversation.Activities);
        Assert.Contains(expected, reply.Activity["attachments"]![0]!["content"]!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallThenUninstall_RecordsThenForgetsChatAddress()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        await app.SeedAsync(QuestionnaireTestData.RunningNow("install"), QuestionnaireTestData.Profile(), agent);
        var people = app.Service<IPersonRepository>();

        using var added = await app.PostAsync(FlowActivities.Installation(agent, fixture.DevChannel.ServiceUrl, "a:install-chat", "add"));
        var address = (await people.GetAsync(agent.ObjectId, CancellationToken.None))!.Value.ChatAddress;
        using var removed = await app.PostAsync(FlowActivities.Installation(agent, fixture.DevChannel.ServiceUrl, "a:install-chat", "remove"));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(new ChatAddress(fixture.DevChannel.ServiceUrl, "a:install-chat", DevChannelServer.TenantId, agent.ChannelUserId), address);
        Assert.Null((await people.GetAsync(agent.ObjectId, CancellationToken.None))!.Value.ChatAddress);
    }

    [Fact]
    public async Task Install_PersonNotInDirectory_AcknowledgedWithoutWriting()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var stranger = Agent.New();

        using var response = await app.PostAsync(FlowActivities.Installation(stranger, fixture.DevChannel.ServiceUrl, "a:stranger", "add"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await app.Service<IPersonRepository>().GetAsync(stranger.ObjectId, CancellationToken.None));
    }

    private devchannel::CompetencyTeams.DevChannel.Connector.Conversation Conversation(Agent agent) =>
        fixture.DevChannel.Conversations.GetOrCreatePersonal(DevChannelServer.TenantId, "28:" + DevChannelServer.AppId, agent.ChannelUserId);
}
