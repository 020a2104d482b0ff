using System.Net;
using System.Text.Json;
using CompetencyTeams.App.Features.Privacy;
using CompetencyTeams.App.Features.Summaries;
using CompetencyTeams.App.Tests.Auth;
using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Campaigns;
using CompetencyTeams.Domain.Gaps;
using CompetencyTeams.Domain.People;
using CompetencyTeams.Domain.Teams;
using static CompetencyTeams.App.Tests.Auth.TabOrganisation;

namespace CompetencyTeams.App.Tests.Features.Privacy;

/// <summary>
/// Erasing a manager: every record of someone else that named them (as manager, validator, plan owner and author,
/// campaign creator, publication requester) names the pseudonym or nobody, the team they managed is kept without a
/// manager, the summary that named them is recomputed, and the report lists each kind of record touched.
/// </summary>
[Collection(TabApiCollection.Name)]
public sealed class ManagerErasureTests(TabApiFixture fixture)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Erasure_OfAManager_PseudonymizesThemInOtherPeoplesRecordsAndReportsEachKind()
    {
        var manager = Guid.NewGuid().ToString();
        await fixture.Service<IPersonRepository>().SaveAsync(new Person(manager, "Max Manager", "max@chu-demo.fr", null, null, null, 1, TimeShares.Empty, "fr-FR"), null, _ct);
        var report = await PrivacyPerson.SeedAsync(fixture.Services, manager);
        var createdCampaign = await SeedCampaignCreatedByAsync(manager);
        var otherTeam = "team-published-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Service<PublicationStatusStore>().SaveAsync(new PublicationStatus(CampaignId, otherTeam, PublicationState.Done, "request-1") { RequestedBy = manager, RequestedAt = DateTimeOffset.UtcNow }, null, _ct);
        await fixture.Service<TeamSummaryService>().ComputeAsync(CampaignId, report.TeamId, _ct);
        Assert.Equal(manager, (await Summary(report.TeamId))?.ManagerId);

        using var response = await fixture.SendAsync(HttpMethod.Post, $"/api/tab/hr/privacy/people/{manager}/erasure", fixture.DevChannel.Token(Hr, HrRole), new { confirmPersonId = manager });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pseudonym = body.GetProperty("pseudonym").GetString()!;
        var references = body.GetProperty("references");
        foreach (var kind in new[]
        {
            ReferenceKinds.TeamManager, ReferenceKinds.PersonManager, ReferenceKinds.AssessmentManager, ReferenceKinds.AssessmentValidator,
            ReferenceKinds.AssignmentManager, ReferenceKinds.CampaignCreator, ReferenceKinds.PlanEditor, ReferenceKinds.PublicationRequester,
        })
        {
            // At least: another test of the shared host may launch a campaign for everyone, adding invitations under this manager.
            Assert.True(references.TryGetProperty(kind, out var count) && count.GetInt32() >= 1, $"{kind}: {references}");
        }

        Assert.Equal(1, body.GetProperty("actionItemsUpdated").GetInt32());
        Assert.Equal(report.TeamId, Assert.Single(body.GetProperty("teamsLeftWithoutManager").EnumerateArray()).GetString());
        Assert.Contains(body.GetProperty("teamSummaries").EnumerateArray(), s => s.GetProperty("teamId").GetString() == report.TeamId);

        var team = (await fixture.Service<ITeamRepository>().GetAsync(report.TeamId, _ct))!.Value;
        Assert.Null(team.ManagerId);
        Assert.Null((await fixture.Service<IPersonRepository>().GetAsync(report.PersonId, _ct))!.Value.ManagerId);
        var assessment = (await fixture.Service<IAssessmentRepository>().GetAsync(CampaignId, report.PersonId, _ct))!.Value;
        Assert.Equal((pseudonym, pseudonym), (assessment.ValidatedBy, assessment.ManagerId));
        Assert.Contains(PrivacyPerson.ManagerComment, assessment.ManagerComments.Values);
        Assert.Equal(pseudonym, (await fixture.Service<IAssignmentRepository>().GetAsync(CampaignId, report.PersonId, _ct))!.Value.ManagerId);
        var action = Assert.Single((await fixture.Service<IActionPlanRepository>().GetAsync(CampaignId, report.TeamId, _ct))!.Value.Actions);
        Assert.Equal((pseudonym, pseudonym, report.PersonId), (action.OwnerId, action.CreatedBy, action.PersonId));
        Assert.Equal(pseudonym, (await fixture.Service<ICampaignRepository>().GetAsync(createdCampaign, _ct))!.Value.CreatedBy);
        Assert.Equal(pseudonym, (await fixture.Service<PublicationStatusStore>().GetAsync(CampaignId, otherTeam, _ct))!.Value.RequestedBy);
        Assert.NotEqual(manager, (await Summary(report.TeamId))?.ManagerId);
        Assert.Empty((await fixture.Service<IAuditLog>().ListByActorAsync(manager, null, _ct)).Items);
        Assert.Contains((await fixture.Service<IAuditLog>().ListByActorAsync(pseudonym, null, _ct)).Items, e => e.Action == AuditActions.AssessmentValidated);
    }

    private async Task<TeamSummary?> Summary(string teamId) => (await fixture.Service<ITeamSummaryRepository>().GetAsync(CampaignId, teamId, _ct))?.Value;

    private async Task<string> SeedCampaignCreatedByAsync(string creator)
    {
        var running = (await fixture.Service<ICampaignRepository>().GetAsync(CampaignId, _ct))!.Value;
        var draft = running with { Id = "privacy-draft-" + Guid.NewGuid().ToString("N")[..8], Status = CampaignStatus.Draft, CreatedBy = creator };
        await fixture.Service<ICampaignRepository>().SaveAsync(draft, null, _ct);
        return draft.Id;
    }
}
