using System.Net;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

using Microsoft.Extensions.DependencyInjection;

namespace CompetencyTeams.App.Tests.Faults;

/// <summary>What the bot answers, click by click and command by command, while storage does not answer.</summary>
[Collection(FaultsCollection.Name)]
public sealed class StorageFaultReplyTests(QuestionnaireFlowFixture fixture)
{
    [Fact]
    public async Task Next_StorageDown_CardSaysNotSavedInEnglishWithTheInputsOnTryAgain_WhichSavesOnceStorageIsBack()
    {
        var storage = new StorageSwitch();
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix(), storage.InstallOn(fixture.Azurite.ConnectionString));
        var agent = Agent.New("en-US");
        var campaign = QuestionnaireTestData.RunningNow("storage-down", timeShares: false);
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var sent = FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1"), "kept <b>as typed</b>");

        storage.Down = true;
        var card = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, sent);
        storage.Down = false;
        var told = NotSavedCard.Read(card, agent.Locale, QuestionnaireVerbs.Next, sent)!;
        var nothingStored = await app.AssessmentAsync(campaign.Id, agent);
        var retried = await app.InvokeAsync(agent, told.Verb, told.Data);

        Assert.Contains("Storage is not responding right now. Your answers are kept on this card", card.Text(), StringComparison.Ordinal);
        Assert.True(told.RightLanguage);
        Assert.True(told.InputsKept, told.Data.ToJsonString());
        Assert.Null(nothingStored);
        Assert.Contains("Block 2/9 · 4/37 answers", retried.Text(), StringComparison.Ordinal);
        Assert.Equal("kept <b>as typed</b>", (await app.AssessmentAsync(campaign.Id, agent))!.Value.BlockComments["1.1"]);
    }

    [Fact]
    public async Task Next_StorageStalls_AnswersWithinTheClickBudgetThatNothingIsSavedWithTheInputsKept()
    {
        var storage = new StorageSwitch();
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix(), services =>
        {
            storage.InstallOn(fixture.Azurite.ConnectionString)(services);
            services.Configure<QuestionnaireOptions>(o => o.ClickBudget = TimeSpan.FromSeconds(2));
        });
        var agent = Agent.New("fr-FR");
        var campaign = QuestionnaireTestData.RunningNow("storage-stalls", timeShares: false);
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var sent = FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1"), "gardé");

        // Without the budget the click would wait for the storage client's 20 s network timeout, past Teams' patience.
        storage.Stalled = true;
        var card = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, sent).WaitAsync(TimeSpan.FromSeconds(15));
        storage.Stalled = false;
        var told = NotSavedCard.Read(card, agent.Locale, QuestionnaireVerbs.Next, sent)!;
        var retried = await app.InvokeAsync(agent, told.Verb, told.Data);

        Assert.True(told.RightLanguage);
        Assert.True(told.InputsKept, told.Data.ToJsonString());
        Assert.True(retried.Text().Contains("2/9", StringComparison.Ordinal), retried.Text());
        Assert.Equal("gardé", (await app.AssessmentAsync(campaign.Id, agent))!.Value.BlockComments["1.1"]);
    }

    [Theory]
    [InlineData("statut", "fr-FR", "Service momentanément indisponible")]
    [InlineData("resume", "en-US", "Temporarily unavailable")]
    public async Task TypedCommand_StorageDown_RepliesUnavailableInTheAgentsLanguageNotAnError500(string text, string locale, string expected)
    {
        var storage = new StorageSwitch();
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix(), storage.InstallOn(fixture.Azurite.ConnectionString));
        var agent = Agent.New(locale);
        await app.SeedAsync(QuestionnaireTestData.RunningNow("storage-down-chat"), QuestionnaireTestData.Profile(), agent);
        var conversation = fixture.DevChannel.Conversations.GetOrCreatePersonal(DevChannelServer.TenantId, "28:" + DevChannelServer.AppId, agent.ChannelUserId);

        storage.Down = true;
        using var response = await app.PostAsync(FlowActivities.Message(agent, fixture.DevChannel.ServiceUrl, conversation.Id, text));
        storage.Down = false;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(conversation.Activities);
        var card = reply.Activity["attachments"]![0]!["content"]!.AsObject();
        Assert.Contains(expected, card.Text(), StringComparison.Ordinal);
        Assert.Equal(locale.StartsWith("fr", StringComparison.Ordinal) ? "Réessayer" : "Try again", (string?)card["actions"]![0]!["title"]);
    }
}
