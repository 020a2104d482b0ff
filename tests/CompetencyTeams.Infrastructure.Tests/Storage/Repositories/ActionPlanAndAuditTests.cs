using CompetencyTeams.Domain.ActionPlans;
using CompetencyTeams.Domain.Audit;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.TestSupport.Storage;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

[Collection(AzuriteCollection.Name)]
public sealed class ActionPlanRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<IActionPlanRepository>(azurite)
{
    [Fact]
    public async Task SaveGetList_PerTeamOfACampaign_WithConflictOnStaleVersion()
    {
        var v = await Repository.SaveAsync(Plan("c/1", "team#1"), null, None);
        await Repository.SaveAsync(Plan("c/1", "team#2"), null, None);
        await Repository.SaveAsync(Plan("c/2", "team#1"), null, None);
        await Repository.SaveAsync(Plan("c/1", "team#1") with { UpdatedBy = "m2" }, v, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.SaveAsync(Plan("c/1", "team#1"), v, None));

        Assert.Equal("m2", (await Repository.GetAsync("c/1", "team#1", None))!.Value.UpdatedBy);
        Assert.Equal(["team#1", "team#2"], (await Repository.ListForCampaignAsync("c/1", null, None)).Items.Select(p => p.TeamId).Order());
        AssertSameJson(Plan("c/2", "team#1"), (await Repository.GetAsync("c/2", "team#1", None))!.Value);
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class AuditLogTests(AzuriteFixture azurite) : RepositoryTestBase<IAuditLog>(azurite)
{
    [Fact]
    public async Task List_TimeRange_NewestFirstWithinBounds()
    {
        await Repository.AppendAsync(Audit("e1", Now.AddHours(-3), "m1", "p1"), None);
        await Repository.AppendAsync(Audit("e2", Now.AddHours(-2), "m1", "p2"), None);
        await Repository.AppendAsync(Audit("e3", Now.AddHours(-1), "hr", null), None);
        await Repository.AppendAsync(Audit("e4", Now, "m1", "p1"), None);

        var page = await Repository.ListAsync(Now.AddHours(-2), Now, null, None);

        Assert.Equal(["e3", "e2"], page.Items.Select(e => e.Id));
        Assert.Equal("2→3", page.Items[1].Details["1.1.1"]);
    }

    [Fact]
    public async Task ListBySubjectAndActor_ThenPseudonymize_OldIdVanishesEverywhere()
    {
        await Repository.AppendAsync(Audit("e1", Now.AddHours(-2), "m1", "p/1"), None);
        await Repository.AppendAsync(Audit("e2", Now.AddHours(-1), "p/1", "p2"), None);
        await Repository.AppendAsync(Audit("e3", Now, "m1", "p2"), None);

        var aboutP1 = await Repository.ListForSubjectAsync("p/1", null, None);
        var byM1 = await Repository.ListByActorAsync("m1", null, None);
        var changed = await Repository.PseudonymizeAsync("p/1", "erased-42", None);

        Assert.Equal(["e1"], aboutP1.Items.Select(e => e.Id));
        Assert.Equal(["e3", "e1"], byM1.Items.Select(e => e.Id));
        Assert.Equal(2, changed);
        Assert.Empty((await Repository.ListForSubjectAsync("p/1", null, None)).Items);
        Assert.Empty((await Repository.ListByActorAsync("p/1", null, None)).Items);
        Assert.Equal(["e1"], (await Repository.ListForSubjectAsync("erased-42", null, None)).Items.Select(e => e.Id));
        Assert.Equal(3, (await Repository.ListAsync(Now.AddDays(-1), Now.AddDays(1), null, None)).Items.Count);
        Assert.DoesNotContain((await Repository.ListAsync(Now.AddDays(-1), Now.AddDays(1), null, None)).Items, e => e.ActorId == "p/1" || e.SubjectPersonId == "p/1");
    }
}
