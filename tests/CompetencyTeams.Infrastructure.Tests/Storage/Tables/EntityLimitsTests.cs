using Azure.Data.Tables;
using CompetencyTeams.Infrastructure.Storage;
using CompetencyTeams.Infrastructure.Storage.Tables;
using CompetencyTeams.TestSupport.Storage;

namespace CompetencyTeams.Infrastructure.Tests.Storage.Tables;

/// <summary>Azurite accepts every one of these over-limit writes; our code must refuse them before they are sent.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EntityLimitsTests(AzuriteFixture azurite) : TableTestBase(azurite)
{
    [Fact]
    public void Size_KnownEntity_CountsAsAzureDocuments()
    {
        var entity = new TableEntity("pk", "rowkey")
        {
            ["S"] = "abc", ["B"] = new byte[] { 1, 2 }, ["I"] = 1, ["L"] = 1L, ["D"] = 1.0, ["F"] = true,
            ["T"] = DateTimeOffset.UnixEpoch, ["G"] = Guid.Empty,
        };

        // 4 + 2×2 + 2×6, then per property 8 + 2×1 (name) + value: 10 + {10, 6, 4, 8, 8, 1, 8, 16}.
        Assert.Equal(20 + (8 * 10) + 10 + 6 + 4 + 8 + 8 + 1 + 8 + 16, EntityLimits.Size(entity));
    }

    [Fact]
    public async Task Add_EntityOver1MiBAsUtf16_RefusedByOurCodeAndNothingWritten()
    {
        // 600,000 ASCII characters: ~600 KB as JSON (Azurite accepts it), ~1.2 MB as Azure counts.
        var entity = new TableEntity("p", "big");
        PropertyChunks.Write(entity, "Text", new string('x', 600_000));

        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.AddAsync(entity));

        Assert.Equal("entity size ≤ 1 MiB", error.Limit);
        Assert.Null(await Table.GetAsync("p", "big"));
    }

    [Fact]
    public async Task Add_EntityJustUnder1MiB_IsStoredAndReadBack()
    {
        var entity = new TableEntity("p", "atlimit");
        PropertyChunks.Write(entity, "Text", new string('y', 520_000));
        Assert.InRange(EntityLimits.Size(entity), 1_000_000, EntityLimits.MaxEntityBytes);

        await Table.AddAsync(entity);

        Assert.Equal(520_000, PropertyChunks.Read((await Table.GetAsync("p", "atlimit"))!.Value, "Text")!.Length);
    }

    [Fact]
    public async Task Add_253CustomProperties_RefusedWhile252Accepted()
    {
        var ok = new TableEntity("p", "props252");
        var tooMany = new TableEntity("p", "props253");
        for (var i = 0; i < 253; i++)
        {
            tooMany["P" + i] = i;
            if (i < 252)
            {
                ok["P" + i] = i;
            }
        }

        await Table.AddAsync(ok);
        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.AddAsync(tooMany));

        Assert.Equal("≤ 252 custom properties per entity", error.Limit);
        Assert.Null(await Table.GetAsync("p", "props253"));
    }

    [Theory]
    [InlineData(32_769, 0)]
    [InlineData(0, 65_537)]
    public async Task Add_PropertyOver64KiB_Refused(int stringChars, int binaryBytes)
    {
        var entity = new TableEntity("p", "prop") { ["Value"] = stringChars > 0 ? new string('z', stringChars) : new byte[binaryBytes] };

        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.UpsertAsync(entity));

        Assert.Equal("property ≤ 64 KiB", error.Limit);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\\b")]
    [InlineData("a\tb")]
    public async Task Upsert_RawKeyWithForbiddenCharacter_RefusedBeforeAzuriteAnswers500(string rowKey)
    {
        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.UpsertAsync(new TableEntity("p", rowKey)));

        Assert.Equal("no / \\ # ? or control characters in keys", error.Limit);
    }

    [Fact]
    public async Task Upsert_RawKeyOver1KiB_Refused()
    {
        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.UpsertAsync(new TableEntity("p", new string('k', 513))));

        Assert.Equal("key ≤ 1 KiB", error.Limit);
    }

    [Fact]
    public async Task Upsert_DateBefore1601_Refused()
    {
        var entity = new TableEntity("p", "old") { ["When"] = new DateTimeOffset(1500, 1, 1, 0, 0, 0, TimeSpan.Zero) };

        var error = await Assert.ThrowsAsync<StorageLimitExceededException>(() => Table.UpsertAsync(entity));

        Assert.Equal("dates from 1601-01-01 UTC", error.Limit);
    }
}
