using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;

namespace CompetencyTeams.Domain.Tests.Frameworks.Import;

public sealed class FrameworkFormatsRoundTripTests
{
    private static readonly CompetencyFramework Shipped = ShippedFrameworks.AnapAfr;
    private static readonly DateTimeOffset ExportedAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Json_ExportThenImport_GivesTheSameFramework()
    {
        var back = FrameworkJson.Deserialize(FrameworkJson.Serialize(Shipped));
        Assert.Equal(FrameworkJson.Serialize(Shipped), FrameworkJson.Serialize(back));
    }

    [Fact]
    public void Csv_ExportThenImport_GivesTheSameContent()
    {
        var csv = FrameworkCsv.Serialize(Shipped);
        var back = FrameworkCsv.Deserialize(csv, Shipped.Id, Shipped.Version, Shipped.Name, Shipped.Language, Shipped.Scale);
        Assert.Equal(Canonical(Shipped), Canonical(back));
        Assert.Equal(37, back.Competencies.Count());
    }

    [Fact]
    public void Csv_SemicolonSeparated_IsReadToo()
    {
        var back = FrameworkCsv.Deserialize(FrameworkCsv.Serialize(Shipped, ';'), Shipped.Id, Shipped.Version, Shipped.Name, Shipped.Language, Shipped.Scale);
        Assert.Equal(Canonical(Shipped), Canonical(back));
    }

    [Fact]
    public void Case_ExportThenImport_GivesTheSameFrameworkAndScale()
    {
        var json = CaseJsonExport.Serialize(Shipped, ExportedAt);
        var back = CaseJsonImport.Deserialize(json);
        Assert.Equal(Canonical(Shipped), Canonical(back));
        Assert.Equal(Shipped.Id, back.Id);
        Assert.Equal(Shipped.Version, back.Version);
    }

    [Fact]
    public void Case_Export_UsesCaseStructureWithHumanCodesAndRubric()
    {
        var package = CaseJsonExport.ToPackage(Shipped, ExportedAt);
        Assert.Equal(3 + 9 + 37 + (37 * 8), package.Items.Count);
        Assert.Contains(package.Items, i => i.HumanCodingScheme == "1.1.2" && i.ItemType == CaseJsonExport.CompetencyType);
        Assert.All(package.Associations, a => Assert.Equal("isChildOf", a.AssociationType));
        var rubric = Assert.Single(package.Rubrics!);
        Assert.Equal(37, rubric.Criteria!.Count);
        Assert.All(rubric.Criteria, c => Assert.Equal([1d, 2d, 3d, 4d], c.Levels!.Select(l => l.Score!.Value)));
        Assert.All(package.Items, i => Assert.True(Guid.TryParse(i.Identifier, out _)));
    }

    [Fact]
    public void Case_ExportTwice_KeepsTheSameIdentifiers()
    {
        Assert.Equal(CaseJsonExport.Serialize(Shipped, ExportedAt), CaseJsonExport.Serialize(Shipped, ExportedAt));
    }

    [Fact]
    public void Csv_FormulaLikeText_IsNeutralisedAndRestored()
    {
        var competency = Shipped.Competencies.First() with { Examples = ["=HYPERLINK(\"http://x\")", "+1", "normal"] };
        var framework = Shipped with { Poles = [Shipped.Poles[0] with { Blocks = [Shipped.Poles[0].Blocks[0] with { Competencies = [competency] }] }] };
        var csv = FrameworkCsv.Serialize(framework);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        var back = FrameworkCsv.Deserialize(csv, framework.Id, 1, framework.Name, "fr", framework.Scale);
        Assert.Equal(competency.Examples, back.Competencies.Single().Examples);
    }

    /// <summary>The content (pôles, blocks, competencies, scale) without the lifecycle fields a format may not carry.</summary>
    internal static string Canonical(CompetencyFramework framework) =>
        FrameworkJson.Serialize(framework with { Status = FrameworkStatus.Draft, PublishedAt = null, Source = null });
}
