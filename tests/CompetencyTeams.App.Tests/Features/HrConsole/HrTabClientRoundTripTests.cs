using System.Net;
using CompetencyTeams.App.Tab.Components.Hr;
using CompetencyTeams.App.Tab.Services;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.App.Tests.Features.Questionnaire;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;
using Moq;
using static CompetencyTeams.App.Tests.Features.HrConsole.HrTestData;

namespace CompetencyTeams.App.Tests.Features.HrConsole;

/// <summary>
/// The HR screens' models sent by the tab's own client to the running API with an HR token: what the editors build is
/// what the API accepts, and the API's refusals come back as the tab shows them.
/// </summary>
[Collection(TabApiCollection.Name)]
public sealed class HrTabClientRoundTripTests(TabApiFixture fixture)
{
    private readonly TabHrApiClient _client = Client(fixture, "fr-FR");

    [Fact]
    public async Task FrameworkDraft_EditedAddedRemovedAndRescaled_IsSavedAsTheNextVersion_ThenPublished()
    {
        var id = await PublishedFrameworkAsync();
        var draft = new FrameworkDraft(await _client.GetFrameworkAsync(id, 1, CancellationToken.None));
        var block = draft.Blocks.First();
        block.Competencies[0].Title = "Titre revu";
        block.Competencies[0].Examples = "Premier exemple\n\n  Second exemple ";
        var removed = block.Competencies[^1].Code;
        draft.Remove(block.Competencies[^1]);
        var added = draft.AddCompetency(block);
        (added.Title, added.Description) = ("Nouvelle compétence", "Sa description");
        draft.Scale.Levels[0].LabelEn = "Beginner";

        var created = await _client.CreateFrameworkDraftAsync(id, 1, draft.ToFramework(), CancellationToken.None);
        var published = await _client.PublishFrameworkAsync(id, created.Version, CancellationToken.None);
        var stored = await _client.GetFrameworkAsync(id, 2, CancellationToken.None);
        var scale = await _client.GetLevelScaleAsync(id, 2, CancellationToken.None);

        Assert.Equal(("Draft", "Published"), (created.Status, published.Status));
        var first = stored.Blocks.First();
        Assert.Equal("Titre revu", first.Competencies[0].Title);
        Assert.Equal(["Premier exemple", "Second exemple"], first.Competencies[0].Examples);
        Assert.DoesNotContain(stored.Competencies, c => c.Code == removed);
        Assert.Equal((removed, "1.1.5"), (block.Code + ".4", added.Code));
        Assert.Equal(added.Code, first.Competencies[^1].Code);
        Assert.Equal("Beginner", scale.Scale.Levels[0].Label.En);
    }

    [Fact]
    public async Task FrameworkDraft_WithAnEmptyTitle_ComesBackAsAnApiErrorNamingTheField()
    {
        var id = await PublishedFrameworkAsync();
        var draft = new FrameworkDraft(await _client.GetFrameworkAsync(id, 1, CancellationToken.None));
        draft.Blocks.First().Competencies[0].Title = "";

        var error = await Assert.ThrowsAsync<TabApiException>(() => _client.CreateFrameworkDraftAsync(id, 1, draft.ToFramework(), CancellationToken.None));

        Assert.Equal(400, error.Status);
        Assert.Contains("poles[0].blocks[0].competencies[0].title", error.Errors.Keys);
        Assert.Equal("Certains champs ne sont pas valides.", error.Detail);
    }

    [Fact]
    public async Task ProfileDraft_LevelsPerCompetencyAndFtePerBlock_AreSavedAsEdited()
    {
        var framework = await _client.GetFrameworkAsync("anap-afr", 1, CancellationToken.None);
        var codes = framework.Competencies.Select(c => c.Code).Take(3).ToList();
        var block = framework.Blocks.First().Code;
        var draft = new ProfileDraft(null, framework) { Id = Unique("profile"), NameFr = "Profil testé", NameEn = "Tested profile", HorizonDate = new DateOnly(2029, 1, 1) };
        draft.SetLevel(codes[0], "4");
        draft.SetLevel(codes[1], "1");
        draft.SetLevel(codes[2], "2");
        draft.SetLevel(codes[2], "");
        draft.Profile.Now = 3;
        draft.Profile.AtHorizon = 4.5;
        draft.PerBlock[block].Now = 1.5;

        var saved = await _client.SaveProfileAsync(draft.ToProfile(), CancellationToken.None);
        var again = new ProfileDraft(saved, framework);
        again.SetLevel(codes[1], "2");
        var resaved = await _client.SaveProfileAsync(again.ToProfile(), CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { [codes[0]] = 4, [codes[1]] = 1 }, saved.RequiredLevels);
        Assert.Equal(new TabFteNeeded(3, 4.5), saved.FteNeeded);
        Assert.Equal(new TabFteNeeded(1.5, 0), saved.FteNeededPerBlock![block]);
        Assert.Single(saved.FteNeededPerBlock);
        Assert.Equal(2, resaved.RequiredLevels[codes[1]]);
        Assert.NotEqual(saved.Version, resaved.Version);
    }

    [Fact]
    public async Task CampaignForm_CreatesWithRemindersAndRecurrence_AndARunningCampaignTakesAReminderChangeWithoutTouchingItsOpening()
    {
        var form = new CampaignFormModel(null, DateTimeOffset.UtcNow)
        {
            NameFr = "Campagne annuelle", NameEn = "Yearly campaign", Framework = "anap-afr@1", Everyone = true,
            ReminderDays = "2, 10; 5", ReminderTime = new TimeOnly(14, 30), SkipWeekends = false, TimeZoneId = "Indian/Reunion", RecurrenceMonths = 12,
        };

        var created = await _client.CreateCampaignAsync(form.ToEdit([])!, CancellationToken.None);
        var running = Unique("camp");
        await fixture.Service<ICampaignRepository>().SaveAsync(QuestionnaireTestData.RunningNow(running), null, CancellationToken.None);
        var stored = await _client.GetCampaignAsync(running, CancellationToken.None);
        var edit = new CampaignFormModel(stored, DateTimeOffset.UtcNow) { ReminderDays = "1", RecurrenceMonths = 6 };
        var changed = await _client.UpdateCampaignAsync(running, edit.ToEdit([])!, CancellationToken.None);

        Assert.Equal([10, 5, 2], created.Reminders!.DaysBeforeDeadline);
        Assert.Equal((new TimeOnly(14, 30), false, "Indian/Reunion"), (created.Reminders.TimeOfDay, created.Reminders.SkipWeekends, created.Reminders.TimeZoneId));
        Assert.Equal(12, created.Recurrence?.IntervalMonths);
        Assert.Equal(form.OpensAt, TimeZoneInfo.ConvertTime(created.OpensAt, TimeZoneInfo.FindSystemTimeZoneById("Indian/Reunion")).DateTime);
        Assert.Equal([1], changed.Reminders!.DaysBeforeDeadline);
        Assert.Equal(6, changed.Recurrence?.IntervalMonths);
        Assert.Equal(stored.OpensAt, changed.OpensAt);
    }

    [Fact]
    public async Task CampaignForm_OpeningDateOfARunningCampaign_IsRefusedByTheApiWithItsMessage()
    {
        var running = Unique("camp");
        await fixture.Service<ICampaignRepository>().SaveAsync(QuestionnaireTestData.RunningNow(running), null, CancellationToken.None);
        var stored = await _client.GetCampaignAsync(running, CancellationToken.None);
        var edit = new CampaignFormModel(stored, DateTimeOffset.UtcNow).ToEdit([])! with { OpensAt = stored.OpensAt.AddDays(-1) };

        var error = await Assert.ThrowsAsync<TabApiException>(() => _client.UpdateCampaignAsync(running, edit, CancellationToken.None));

        Assert.Equal(409, error.Status);
        Assert.Equal("campaign.locked", error.Code);
        Assert.StartsWith("Ce champ ne peut plus changer", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsImport_CountsTheTeams_OrReturnsTheWrongLines()
    {
        var imported = await _client.ImportTeamsAsync($"team_id,name,manager_id,parent_team_id\n{Unique("t")},Accueil,,\n{Unique("t")},Caisse,,\n", CancellationToken.None);
        var error = await Assert.ThrowsAsync<TabApiException>(() => _client.ImportTeamsAsync("team_id,name\nok,Bien\n,Sans identifiant\n", CancellationToken.None));

        Assert.Equal(2, imported.Imported);
        Assert.Equal(400, error.Status);
        Assert.Contains("line 3", error.Errors.Keys);
    }

    private async Task<string> PublishedFrameworkAsync()
    {
        var id = Unique("fw");
        await TabCalls.ExpectAsync(
            await new TabCalls(fixture.Client, fixture.DevChannel).SendFileAsync(
                "/api/tab/hr/frameworks/import?format=json&publish=true", Caller.Hr, FrameworkJson.Serialize(ShippedFrameworks.AnapAfr with { Id = id }), "application/json"),
            HttpStatusCode.Created);
        return id;
    }

    private static TabHrApiClient Client(TabApiFixture fixture, string locale)
    {
        var session = new Mock<ITabSession>();
        session.SetupGet(s => s.Locale).Returns(locale);
        session.Setup(s => s.GetTokenAsync(It.IsAny<CancellationToken>())).Returns(() => ValueTask.FromResult(new TabCalls(fixture.Client, fixture.DevChannel).Token(Caller.Hr)));
        return new TabHrApiClient(new TabApiTransport(fixture.Client, session.Object));
    }
}
