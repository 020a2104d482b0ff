using System.Text.Json.Nodes;
using CompetencyTeams.App.Features.Questionnaire;
using CompetencyTeams.App.Features.Questionnaire.Cards;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompetencyTeams.App.Tests.Features.Questionnaire.Flow;

/// <summary>Card data is the client's: every forged value gets an error card in the user's language and writes nothing.</summary>
[Collection(QuestionnaireFlowCollection.Name)]
public sealed class QuestionnaireTamperingTests(QuestionnaireFlowFixture fixture)
{
    public static TheoryData<string, string> ForgedSteps() => new()
    {
        { "unknown block", """{"block":"9.9","answer:1.1.1":"2"}""" },
        { "competency of another block", """{"block":"1.1","answer:2.1.1":"2"}""" },
        { "unknown competency", """{"block":"1.1","answer:7.7.7":"2"}""" },
        { "level above the scale", """{"block":"1.1","answer:1.1.1":"7"}""" },
        { "level zero", """{"block":"1.1","answer:1.1.1":"0"}""" },
        { "level not a number", """{"block":"1.1","answer:1.1.1":"expert"}""" },
        { "oversized comment", $$"""{"block":"1.1","answer:1.1.1":"2","comment":"{{new string('x', AssessmentLimits.MaxCommentLength + 1)}}"}""" },
        { "answer as an object", """{"block":"1.1","answer:1.1.1":{"level":2}}""" },
    };

    [Theory]
    [MemberData(nameof(ForgedSteps))]
    public async Task ForgedStep_OwnCampaign_ErrorCardAndNothingWritten(string forgery, string fields)
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("forged");
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var data = FlowActivities.CampaignData(campaign.Id);
        foreach (var (key, value) in JsonNode.Parse(fields)!.AsObject())
        {
            data[key] = value?.DeepClone();
        }

        var card = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, data);

        Assert.True(card.Text().Contains("Action impossible", StringComparison.Ordinal), forgery);
        Assert.Null(await app.AssessmentAsync(campaign.Id, agent));
    }

    [Fact]
    public async Task SomeoneElsesCampaign_PersonNotAssigned_ErrorCardAndNothingWritten()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var assigned = Agent.New();
        var outsider = Agent.New("en-US");
        var campaign = QuestionnaireTestData.RunningNow("others");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), assigned);

        var data = FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1"));
        data["personId"] = assigned.ObjectId;
        var card = await app.InvokeAsync(outsider, QuestionnaireVerbs.Next, data);

        Assert.Contains("You are not part of this campaign.", card.Text(), StringComparison.Ordinal);
        Assert.Null(await app.AssessmentAsync(campaign.Id, outsider));
        Assert.Null(await app.AssessmentAsync(campaign.Id, assigned));
    }

    [Fact]
    public async Task AnotherCampaign_OwnAnswersUntouched_UnknownCampaignRefused()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("mine");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var other = QuestionnaireTestData.RunningNow("not-mine");
        await app.SeedAsync(other, QuestionnaireTestData.Profile());

        var notMine = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(other.Id, "1.1", FlowActivities.Answers(context, "1.1")));
        var unknown = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData("does-not-exist", "1.1", FlowActivities.Answers(context, "1.1")));

        Assert.Contains("Vous ne faites pas partie de cette campagne.", notMine.Text(), StringComparison.Ordinal);
        Assert.Contains("Cette campagne n'existe pas.", unknown.Text(), StringComparison.Ordinal);
        Assert.Null(await app.AssessmentAsync(other.Id, agent));
    }

    [Fact]
    public async Task ClosedCampaign_AnswerOnceCloseReachedThisInstance_ErrorCardAndStoredAnswersUnchanged()
    {
        // An early close by HR reaches an instance once its campaign cache (Questionnaire:CampaignCacheSeconds) expires.
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix(), services => services.AddSingleton<TimeProvider>(clock));
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("closing");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1")));
        var before = await app.AssessmentAsync(campaign.Id, agent);
        await app.SeedAsync(campaign.Close(TimeProvider.System), QuestionnaireTestData.Profile());
        clock.Advance(TimeSpan.FromSeconds(new QuestionnaireOptions().CampaignCacheSeconds + 1));

        var changed = FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1").Select(a => (a.Code, "4")));
        var refused = await app.InvokeAsync(agent, QuestionnaireVerbs.Next, changed);
        var reopened = await app.InvokeAsync(agent, QuestionnaireVerbs.Start, FlowActivities.CampaignData(campaign.Id));

        Assert.Contains("La campagne n'accepte pas de réponses", refused.Text(), StringComparison.Ordinal);
        Assert.Contains("Votre résultat", reopened.Text(), StringComparison.Ordinal);
        Assert.Equal(before!.Version, (await app.AssessmentAsync(campaign.Id, agent))!.Version);
    }

    [Fact]
    public async Task ScriptInComment_StoredVerbatimAndNeverEchoedAsMarkup()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("script");
        var context = QuestionnaireTestData.Context(campaign);
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> [lien](javascript:alert(2))";

        await app.InvokeAsync(agent, QuestionnaireVerbs.Next, FlowActivities.BlockData(campaign.Id, "1.1", FlowActivities.Answers(context, "1.1"), Hostile));
        var review = await app.InvokeAsync(agent, QuestionnaireVerbs.Review, FlowActivities.CampaignData(campaign.Id));
        var raw = await (await app.PostAsync(FlowActivities.Invoke(agent, fixture.DevChannel.ServiceUrl, app.ConversationId, QuestionnaireVerbs.Review, FlowActivities.CampaignData(campaign.Id)))).Content.ReadAsStringAsync();

        Assert.Equal(Hostile, (await app.AssessmentAsync(campaign.Id, agent))!.Value.BlockComments["1.1"]);
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Hostile, review.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeShares_NotAddingUpTo100_SameCardWithErrorAndNothingWritten()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("shares");
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var shares = FlowActivities.CampaignData(campaign.Id);
        shares[QuestionnaireInputs.Share("1.1")] = "70";
        shares[QuestionnaireInputs.Share("2.1")] = "20";

        var card = await app.InvokeAsync(agent, QuestionnaireVerbs.TimeShares, shares);

        Assert.Contains("doivent totaliser 100", card.Text(), StringComparison.Ordinal);
        Assert.Contains(QuestionnaireInputs.Share("1.1"), card.Text(), StringComparison.Ordinal);
        Assert.Null(await app.AssessmentAsync(campaign.Id, agent));
    }

    [Fact]
    public async Task UnsignedOrForeignToken_Refused401BeforeAnyHandling()
    {
        await using var app = QuestionnaireApp.Start(fixture, fixture.Azurite.NewPrefix());
        var agent = Agent.New();
        var campaign = QuestionnaireTestData.RunningNow("token");
        await app.SeedAsync(campaign, QuestionnaireTestData.Profile(), agent);
        var activity = FlowActivities.Invoke(agent, fixture.DevChannel.ServiceUrl, app.ConversationId, QuestionnaireVerbs.Start, FlowActivities.CampaignData(campaign.Id));
        var token = fixture.DevChannel.ChannelToken();
        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var response = await app.PostAsync(activity, tampered);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        var assignment = await app.Service<IAssignmentRepository>().GetAsync(campaign.Id, agent.ObjectId, CancellationToken.None);
        Assert.Null(assignment!.Value.FirstOpenedAt);
    }
}
