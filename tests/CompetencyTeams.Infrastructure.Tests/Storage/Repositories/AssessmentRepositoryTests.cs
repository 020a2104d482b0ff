using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.TestSupport.Storage;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

[Collection(AzuriteCollection.Name)]
public sealed class AssessmentRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<IAssessmentRepository>(azurite)
{
    private const string Campaign = "2026/Q1 #campagne?";

    [Fact]
    public async Task Get_SavedWithHostileIds_RoundTripsEveryField()
    {
        var saved = Assessment(Campaign, "agent\\é/1", "team#A");

        var version = await Repository.SaveAsync(saved, null, None);
        var read = await Repository.GetAsync(Campaign, "agent\\é/1", None);

        AssertSameJson(saved, read!.Value);
        Assert.Equal(version, read.Version);
    }

    [Fact]
    public async Task Save_StaleVersion_ConflictAndWinnerKept()
    {
        var first = Assessment(Campaign, "p1", "team-a");
        var v1 = await Repository.SaveAsync(first, null, None);
        await Repository.SaveAsync(first with { Status = AssessmentStatus.Submitted }, v1, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.SaveAsync(first with { LastBlockVisited = "1.2" }, v1, None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.SaveAsync(first, null, None));

        Assert.Equal(AssessmentStatus.Submitted, (await Repository.GetAsync(Campaign, "p1", None))!.Value.Status);
    }

    [Fact]
    public async Task ListForTeam_TwoTeams_ReturnsOnlyThatTeamWithVersionsUsableForSave()
    {
        await Repository.SaveAsync(Assessment(Campaign, "a1", "team/A"), null, None);
        await Repository.SaveAsync(Assessment(Campaign, "a2", "team/A"), null, None);
        await Repository.SaveAsync(Assessment(Campaign, "b1", "team/AB"), null, None);
        await Repository.SaveAsync(Assessment("other", "a3", "team/A"), null, None);

        var page = await Repository.ListForTeamAsync(Campaign, "team/A", null, None);
        var a1 = page.Items.Single(v => v.Value.PersonId == "a1");
        await Repository.SaveAsync(a1.Value with { Status = AssessmentStatus.Submitted }, a1.Version, None);
        var after = await Repository.ListForTeamAsync(Campaign, "team/A", null, None);

        Assert.Equal(["a1", "a2"], page.Items.Select(v => v.Value.PersonId).Order());
        Assert.Null(page.ContinuationToken);
        Assert.Equal(AssessmentStatus.Submitted, after.Items.Single(v => v.Value.PersonId == "a1").Value.Status);
    }

    [Fact]
    public async Task ListForCampaign_CountsEachPersonOnce()
    {
        await Repository.SaveAsync(Assessment(Campaign, "a1", "t1"), null, None);
        await Repository.SaveAsync(Assessment(Campaign, "a2", null), null, None);

        var page = await Repository.ListForCampaignAsync(Campaign, null, None);

        Assert.Equal(["a1", "a2"], page.Items.Select(v => v.Value.PersonId).Order());
    }

    [Fact]
    public async Task DeleteForPerson_AcrossCampaigns_RemovesRecordsAndTeamCopies()
    {
        await Repository.SaveAsync(Assessment("c1", "gone", "t1"), null, None);
        await Repository.SaveAsync(Assessment("c2", "gone", "t1"), null, None);
        await Repository.SaveAsync(Assessment("c1", "kept", "t1"), null, None);

        var history = await Repository.ListForPersonAsync("gone", None);
        var deleted = await Repository.DeleteForPersonAsync("gone", None);

        Assert.Equal(2, history.Count);
        Assert.Equal(2, deleted);
        Assert.Null(await Repository.GetAsync("c1", "gone", None));
        Assert.Equal(["kept"], (await Repository.ListForTeamAsync("c1", "t1", null, None)).Items.Select(v => v.Value.PersonId));
    }
}
