using CompetencyTeams.Domain.Frameworks;
using CompetencyTeams.Domain.Frameworks.Import;

namespace CompetencyTeams.Domain.Tests.Frameworks.Import;

public sealed class FrameworkImportErrorTests
{
    private static readonly CompetencyFramework Shipped = ShippedFrameworks.AnapAfr;

    [Fact]
    public void Json_BrokenSyntax_ReportsTheLine()
    {
        var lines = FrameworkJson.Serialize(Shipped).Split('\n');
        lines[20] = lines[20].Replace("\":", "\"", StringComparison.Ordinal);
        var error = Assert.Throws<FrameworkImportException>(() => FrameworkJson.Deserialize(string.Join('\n', lines)));
        Assert.Equal(21, error.Line);
    }

    [Fact]
    public void Json_UnknownField_ReportsItsPath()
    {
        var json = FrameworkJson.Serialize(Shipped).Replace("\"language\": \"fr\",", "\"langage\": \"fr\", \"language\": \"fr\",", StringComparison.Ordinal);
        var error = Assert.Throws<FrameworkImportException>(() => FrameworkJson.Deserialize(json));
        Assert.Contains("langage", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Json_MissingDescription_IsRefused()
    {
        var json = FrameworkJson.Serialize(Shipped).Replace("\"description\": \"Analyser la demande du client/usager et recueillir les informations nécessaires par l'écoute active\",", "", StringComparison.Ordinal);
        var error = Assert.Throws<FrameworkImportException>(() => FrameworkJson.Deserialize(json));
        Assert.Contains("description", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_DuplicateCompetencyCode_NamesTheField()
    {
        var json = FrameworkJson.Serialize(Shipped).Replace("\"code\": \"1.1.2\"", "\"code\": \"1.1.1\"", StringComparison.Ordinal);
        var error = Assert.Throws<FrameworkImportException>(() => FrameworkJson.Deserialize(json));
        Assert.Equal("$.framework.poles[0].blocks[0].competencies[1].code", error.Field);
    }

    [Fact]
    public void Json_WrongFormatName_IsRefused()
    {
        var json = FrameworkJson.Serialize(Shipped).Replace(FrameworkJson.FormatName, "other", StringComparison.Ordinal);
        Assert.Equal("$.format", Assert.Throws<FrameworkImportException>(() => FrameworkJson.Deserialize(json)).Field);
    }

    [Fact]
    public void Csv_MissingColumn_NamesIt()
    {
        var csv = FrameworkCsv.Serialize(Shipped).Replace("examples", "exemples", StringComparison.Ordinal);
        var error = Assert.Throws<FrameworkImportException>(() => Read(csv));
        Assert.Equal("examples", error.Field);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Csv_EmptyTitle_ReportsLineAndColumn()
    {
        const string csv = "pole_code,pole_title,block_code,block_title,competency_code,title,description,knowledge,examples\n"
            + "1,P,1.1,B,1.1.1,T,D,K,E\n"
            + "1,P,1.1,B,1.1.2,,D,K,E\n";
        var error = Assert.Throws<FrameworkImportException>(() => Read(csv));
        Assert.Equal(3, error.Line);
        Assert.Equal("title", error.Field);
    }

    [Fact]
    public void Csv_WrongCellCount_ReportsTheLineAfterMultilineCells()
    {
        const string csv = "pole_code,pole_title,block_code,block_title,competency_code,title,description,knowledge,examples\n"
            + "1,P,1.1,B,1.1.1,T,D,\"K1\nK2\",E\n"
            + "1,P,1.1,B,1.1.2,T,D,K\n";
        Assert.Equal(4, Assert.Throws<FrameworkImportException>(() => Read(csv)).Line);
    }

    [Fact]
    public void Csv_UnclosedQuote_IsRefused()
    {
        const string csv = "pole_code,pole_title,block_code,block_title,competency_code,title,description,knowledge,examples\n1,P,1.1,B,1.1.1,\"T,D,K,E\n";
        Assert.Equal(2, Assert.Throws<FrameworkImportException>(() => Read(csv)).Line);
    }

    [Fact]
    public void Csv_BlockTitledDifferentlyOnTwoRows_IsRefused()
    {
        const string csv = "pole_code,pole_title,block_code,block_title,competency_code,title,description,knowledge,examples\n"
            + "1,P,1.1,B,1.1.1,T,D,K,E\n1,P,1.1,Other,1.1.2,T,D,K,E\n";
        var error = Assert.Throws<FrameworkImportException>(() => Read(csv));
        Assert.Equal((3, "block_title"), (error.Line!.Value, error.Field!));
    }

    [Fact]
    public void Case_ItemWithoutParent_NamesTheItem()
    {
        var package = CaseJsonExport.ToPackage(Shipped, DateTimeOffset.UnixEpoch);
        var broken = package with { Associations = [.. package.Associations.Skip(1)] };
        var json = System.Text.Json.JsonSerializer.Serialize(broken, CaseJsonImport.Options);
        Assert.Equal("CFItems[0]", Assert.Throws<FrameworkImportException>(() => CaseJsonImport.Deserialize(json)).Field);
    }

    [Fact]
    public void Case_MissingHumanCode_NamesTheField()
    {
        var package = CaseJsonExport.ToPackage(Shipped, DateTimeOffset.UnixEpoch);
        var items = package.Items.ToList();
        items[1] = items[1] with { HumanCodingScheme = null };
        var json = System.Text.Json.JsonSerializer.Serialize(package with { Items = items }, CaseJsonImport.Options);
        Assert.Equal("CFItems[1].humanCodingScheme", Assert.Throws<FrameworkImportException>(() => CaseJsonImport.Deserialize(json)).Field);
    }

    [Fact]
    public void Case_NotJson_ReportsLine()
    {
        Assert.Equal(2, Assert.Throws<FrameworkImportException>(() => CaseJsonImport.Deserialize("{\n  \"CFDocument\": x }")).Line);
    }

    private static CompetencyFramework Read(string csv) => FrameworkCsv.Deserialize(csv, "t", 1, "T", "fr", DefaultLevelScale.Create());
}
