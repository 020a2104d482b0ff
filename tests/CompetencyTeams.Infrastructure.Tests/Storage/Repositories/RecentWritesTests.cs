using CompetencyTeams.Domain.Assessments;
using CompetencyTeams.Domain.Common;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CompetencyTeams.TestSupport.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

/// <summary>
/// A save right after this process's own write skips re-reading the row; the ETag it remembered must still stop it
/// when the row was rewritten meanwhile by someone else (another instance), even one that kept the revision.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecentWritesTests(AzuriteFixture azurite) : RepositoryTestBase<IAssessmentRepository>(azurite)
{
    private const string Campaign = "recent-writes";

    [Fact]
    public async Task Save_AfterOwnWrites_EachSaveLandsWithTheNextVersion()
    {
        var assessment = Assessment(Campaign, "p1", "team-a");
        var v1 = await Repository.SaveAsync(assessment, null, None);
        var v2 = await Repository.SaveAsync(assessment with { LastBlockVisited = "1.1" }, v1, None);
        var v3 = await Repository.SaveAsync(assessment with { LastBlockVisited = "1.2" }, v2, None);

        var read = await Repository.GetAsync(Campaign, "p1", None);

        Assert.Equal(["1", "2", "3"], [v1, v2, v3]);
        Assert.Equal("1.2", read!.Value.LastBlockVisited);
        Assert.Equal(v3, read.Version);
    }

    [Fact]
    public async Task Save_RowRewrittenByAnotherInstanceKeepingTheRevision_ConflictAndTheirWriteKept()
    {
        var assessment = Assessment(Campaign, "p2", "team-a");
        var v1 = await Repository.SaveAsync(assessment, null, None);
        var v2 = await Repository.SaveAsync(assessment with { LastBlockVisited = "1.1" }, v1, None);
        var table = Services.GetRequiredService<StorageTables>().Get(StorageNames.Assessments);
        var main = await MainRowAsync(table);
        main["WrittenElsewhere"] = true;
        await table.ReplaceAsync(main, main.ETag.ToString());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.SaveAsync(assessment with { LastBlockVisited = "1.2" }, v2, None));

        Assert.True((await MainRowAsync(table)).GetBoolean("WrittenElsewhere"));
        var reread = await Repository.GetAsync(Campaign, "p2", None);
        Assert.Equal("3", await Repository.SaveAsync(reread!.Value with { LastBlockVisited = "1.2" }, reread.Version, None));
    }

    // The main row is the one row of the record that is not among its own index copies.
    private static async Task<Azure.Data.Tables.TableEntity> MainRowAsync(StorageTable table)
    {
        var rows = (await table.QueryPageAsync("", 1000, null)).Items;
        return rows.Single(r => !(r.GetString("IndexKeys") ?? "").Split('\n').Contains(r.RowKey, StringComparer.Ordinal));
    }
}
