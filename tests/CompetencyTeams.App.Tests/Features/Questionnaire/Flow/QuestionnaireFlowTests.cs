using System.Text.Json.Nodes;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

[Collection(QuestionnaireFlowCollection.Name)]
public sealed class QuestionnaireFlowTests(QuestionnaireFlowFixture fixture)
{
    [Fact]
    public async Task WholeQuestionnaire_InvokeByInvoke_StoresEveryAnswerTimeSharesAndSubmission()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("flow");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);

        var card = await app.InvokeAsync(agent, QuestionnaireVerbs.Start, FlowActivities.CampaignData(campaign.Id));
        Assert.Contains("Bloc 1/9 · 0/37 réponses", card.Text(), StringComparison.Ordinal);
        foreach (var block in context.Blocks)
        {
            card = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, block.Code, FlowActivities.Answers(context, block.Code), "Commentaire " + block.Code));
        }

        Assert.Contains(QuestionnaireInputs.Share("1.1"), card.Text(), StringComparison.Ordinal);
        var shares = FlowActivities.CampaignData(campaign.Id);
        shares[QuestionnaireInputs.Share("1.1")] = "70";
        shares[QuestionnaireInputs.Share("2.1")] = "30";
        shares[QuestionnaireInputs.ShareUnit] = QuestionnaireInputs.UnitPercent;
        card = await app.InvokeAsync(agent, QuestionnaireVerbs.TimeShares, shares);
        Assert.Contains("Toutes les compétences ont une réponse.", card.Text(), StringComparison.Ordinal);
        card = await app.InvokeAsync(agent, QuestionnaireVerbs.Submit, FlowActivities.CampaignData(campaign.Id));

        var stored = (await app.AssessmentAsync(campaign.Id, agent))!.Value;
        Assert.Contains("Merci, vos réponses sont envoyées", card.Text(), StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Submitted, stored.Status);
        Assert.Equal(37, stored.SelfAnswers.Count);
        Assert.Equal(LevelAnswer.NotApplicable, stored.SelfAnswer("1.1.1"));
        Assert.Equal(LevelAnswer.Of(2), stored.SelfAnswer("1.1.2"));
        Assert.Equal("Commentaire 3.3", stored.BlockComments["3.3"]);
        Assert.Equal(70, stored.TimeShares!.Percent("1.1"));
        Assert.Equal("team-a", stored.TeamId);
        var assignment = await app.Service<IAssignmentRepository>().GetAsync(campaign.Id, agent.ObjectId, CancellationToken.None);
        Assert.NotNull(assignment!.Value.FirstOpenedAt);
    }

    [Fact]
    public async Task SaveAndFinishLater_AfterAppRestart_ResumesAtSameBlockWithAnswersPreselected()
    {
        var prefix = fixture.Azurite.NewPrefix();
        var agent = Agent.New("en-US");
        var campaign = QuestionnaireTestData.RunningNow("resume", timeShares: false);
        var context = QuestionnaireTestData.Context(campaign);
        await using (var first = QuestionnaireApp.Start(fixture, prefix))
        {
            await first.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
            await first.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1")));
            var saved = await first.InvokeAsync(agent, QuestionnaireVerbs.Save, FlowActivities.BlockData(campaign.Id, "1.2", FlowActivities.Answers(context, "1.2"), "to finish"));
            Assert.Contains("Your answers are saved", saved.Text(), StringComparison.Ordinal);
        }

        await using var restarted = QuestionnaireApp.Start(fixture, prefix);
        var card = (await restarted.InvokeAsync(agent, QuestionnaireVerbs.Start, FlowActivities.CampaignData(campaign.Id))).Text();

        Assert.Contains("Block 2/9 · 8/37 answers", card, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"answer:1.2.2\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"to finish\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"na\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_FromAnotherDevice_ShowsStoredStateForThatBlock()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("refresh");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, "2.2", FlowActivities.Answers(context, "2.2")));

        var refresh = FlowActivities.CampaignData(campaign.Id);
        refresh["block"] = "2.2";
        refresh["view"] = QuestionnaireViews.Block;
        var card = await app.InvokeAsync(agent, QuestionnaireVerbs.Refresh, refresh);

        Assert.Contains("Bloc 5/9 · 6/37 réponses", card.Text(), StringComparison.Ordinal);
        Assert.Equal(agent.ChannelUserId, (string?)card["refresh"]!["userIds"]![0]);
    }

    [Fact]
    public async Task DoubleClicksAndReplays_SameStepTwiceAndSubmitTwice_LeaveOneConsistentState()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("replay", timeShares: false);
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        foreach (var block in context.Blocks)
        {
            var data = FlowActivities.BlockData(campaign.Id, block.Code, FlowActivities.Answers(context, block.Code));
            await Task.WhenAll(app.InvokeAsync(agent, QuestionnaireVerbs.Next, data), app.InvokeAsync(agent, QuestionnaireVerbs.Next, (JsonObject)data.DeepClone()));
        }

        var submits = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.InvokeAsync(agent, QuestionnaireVerbs.Submit, FlowActivities.CampaignData(campaign.Id))));
        var late = await app.InvokeAsync(agent, QuestionnaireVerbs.Submit, FlowActivities.CampaignData(campaign.Id));

        var stored = (await app.AssessmentAsync(campaign.Id, agent))!.Value;
        Assert.Equal(AssessmentStatus.Submitted, stored.Status);
        Assert.Equal(37, stored.SelfAnswers.Count);
        Assert.All(submits.Append(late), c => Assert.DoesNotContain("Action impossible", c.Text(), StringComparison.Ordinal));
    }
}
