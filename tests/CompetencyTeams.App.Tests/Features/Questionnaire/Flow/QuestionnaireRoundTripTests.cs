using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Domain.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>
/// What one click costs in storage requests, counted on the wire: the assessment is read on every click; the campaign,
/// profile and assignment are reused for a few seconds, and the deadline is still judged on every click; the save after
/// this instance's own previous save needs no second read (the ETag it remembered guards the write).
/// </summary>
[Collection(QuestionnaireFlowCollection.Name)]
public sealed class QuestionnaireRoundTripTests(QuestionnaireFlowFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task NextClick_AfterOwnPreviousSave_ReadsOnlyTheAssessmentThenWritesOnce()
    {
        var counter = new StorageRoundTrips();
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix(), counter.InstallOn(fixture.Azurite.ConnectionString));
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("trips");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        await app.InvokeAsync(agent, QuestionnaireVerbs.Start, FlowActivities.CampaignData(campaign.Id));
        await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1")));

        counter.Reset();
        await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, "1.2", FlowActivities.Answers(context, "1.2")));
        var requests = counter.Requests;
        output.WriteLine(string.Join(Environment.NewLine, requests));

        Assert.DoesNotContain(requests, r => r.Contains("campaigns", StringComparison.OrdinalIgnoreCase) || r.Contains("profiles", StringComparison.OrdinalIgnoreCase) || r.Contains("assignments", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, requests.Count); // the assessment read, then the transaction
        Assert.Equal(8, (await app.AssessmentAsync(campaign.Id, agent))!.Value.SelfAnswers.Count);
    }

    [Fact]
    public async Task StartClick_SecondTime_DoesNotWriteTheAssignmentAgain()
    {
        var counter = new StorageRoundTrips();
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix(), counter.InstallOn(fixture.Azurite.ConnectionString));
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("opened-once");
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        await app.InvokeAsync(agent, QuestionnaireVerbs.Start, FlowActivities.CampaignData(campaign.Id));
        var opened = (await app.Service<IAssignmentRepository>().GetAsync(campaign.Id, agent.ObjectId, CancellationToken.None))!;

        counter.Reset();
        await app.InvokeAsync(agent, QuestionnaireVerbs.Start, FlowActivities.CampaignData(campaign.Id));

        Assert.DoesNotContain(counter.Requests, r => r.StartsWith("POST", StringComparison.Ordinal) || r.StartsWith("PUT", StringComparison.Ordinal));
        Assert.Equal(2, counter.Count);
        Assert.Equal(opened.Version, (await app.Service<IAssignmentRepository>().GetAsync(campaign.Id, agent.ObjectId, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task NextClick_DeadlinePassedWhileCampaignCached_RefusedAndNothingWritten()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix(), services => services.AddSingleton<TimeProvider>(clock));
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("deadline-cached", daysLeft: 2.0 / 86_400);
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1")));
        var before = await app.AssessmentAsync(campaign.Id, agent);

        clock.SetUtcNow(campaign.Deadline.AddSeconds(1));
        var changed = FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1").Select(a => (a.Code, "4")));
        var refused = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, changed);

        Assert.Contains("La campagne n'accepte pas de réponses", refused.Text(), StringComparison.Ordinal);
        Assert.Equal(before!.Version, (await app.AssessmentAsync(campaign.Id, agent))!.Version);
    }
}
