using CompetencyTeams.Domain.Common;
using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.TestSupport.Storage;
using static CompetencyTeams.Infrastructure.Tests.Storage.Repositories.Builders;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Repositories;

[Collection(AzuriteCollection.Name)]
public sealed class FrameworkRepositoryTests(AzuriteFixture azurite) : RepositoryTestBase<IFrameworkRepository>(azurite)
{
    [Fact]
    public async Task Versions_PublishedAndDraft_LatestPublishedAndNewestFirstAndCatalog()
    {
        await Repository.AddVersionAsync(Framework(1, FrameworkStatus.Published), None);
        await Repository.AddVersionAsync(Framework(2, FrameworkStatus.Draft), None);

        var latest = await Repository.GetLatestPublishedAsync("anap/afr#1", None);
        var versions = await Repository.ListVersionsAsync("anap/afr#1", None);
        var catalog = await Repository.ListFrameworksAsync(null, None);

        Assert.Equal(1, latest!.Version);
        Assert.Equal([2, 1], versions.Select(v => v.Version));
        Assert.Equal(3, versions[0].CompetencyCount);
        var listed = Assert.Single(catalog.Items);
        Assert.Equal((2, FrameworkStatus.Draft), (listed.Version, listed.Status));
    }

    [Fact]
    public async Task ReplaceDraft_DraftThenPublished_ReplacesOnceThenRefusesAsImmutable()
    {
        var v = await Repository.AddVersionAsync(Framework(1, FrameworkStatus.Draft), None);
        var published = Framework(1, FrameworkStatus.Published);

        var v2 = await Repository.ReplaceDraftAsync(published, v, None);
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Repository.ReplaceDraftAsync(Framework(1, FrameworkStatus.Draft), v2, None));

        Assert.Equal("framework.immutable", error.Code);
        AssertSameJson(published, (await Repository.GetAsync(published.Ref, None))!.Value);
    }

    [Fact]
    public async Task AddVersion_ExistingVersionOrStaleDraft_Conflict()
    {
        var v = await Repository.AddVersionAsync(Framework(1, FrameworkStatus.Draft), None);
        await Repository.ReplaceDraftAsync(Framework(1, FrameworkStatus.Draft, competencies: 4), v, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.AddVersionAsync(Framework(1, FrameworkStatus.Draft), None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Repository.ReplaceDraftAsync(Framework(1, FrameworkStatus.Draft), v, None));
    }

    [Fact]
    public async Task AddVersion_LargeFramework_SplitAcrossPropertiesAndOver1MiBRefused()
    {
        // 150 competencies × 2,000-character descriptions: ~300,000 characters of JSON, more than one 64 KiB property.
        var large = Framework(1, FrameworkStatus.Published, competencies: 150, descriptionLength: 2_000);
        var tooLarge = Framework(2, FrameworkStatus.Published, competencies: 300, descriptionLength: 2_000);

        await Repository.AddVersionAsync(large, None);
        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Repository.AddVersionAsync(tooLarge, None));

        AssertSameJson(large, (await Repository.GetAsync(large.Ref, None))!.Value);
        Assert.Equal("entity size ≤ 1 MiB", error.Limit);
        Assert.Null(await Repository.GetAsync(tooLarge.Ref, None));
    }
}
