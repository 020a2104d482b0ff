using System.Text;
using CompetencyTeams.App.Features.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CompetencyTeams.App.Tests.Features.Exports;

public sealed class SpreadsheetWritersTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-2", "'-2")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Bonjour = salut", "Bonjour = salut")]
    [InlineData("", "")]
    public void NeutraliseForCsv_PrefixesOnlyCellsThatStartLikeAFormula(string cell, string expected)
    {
        Assert.Equal(expected, SpreadsheetSafety.NeutraliseForCsv(cell));
    }

    [Fact]
    public void Csv_QuotesAndNeutralises_NumbersStayNumbers()
    {
        var table = new ExportTable(["a", "b", "c"], [["-1,5\"x", 3, null], ["\nligne", -2, "ok"]]);

        var text = Encoding.UTF8.GetString(CsvExportWriter.Write(table));

        Assert.Equal("\uFEFFa,b,c\r\n\"'-1,5\"\"x\",3,\r\n\"\nligne\",-2,ok\r\n", text);
    }

    [Fact]
    public void Xlsx_ControlCharactersAreDroppedAndTextStaysInline()
    {
        var table = new ExportTable(["comment"], [["=A1\u0001\u0007 bell"]]);

        using var stream = new MemoryStream(XlsxExportWriter.Write(table));
        using var document = SpreadsheetDocument.Open(stream, false);
        var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Last();

        Assert.Equal("=A1 bell", cell.InnerText);
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Equal("A2", cell.CellReference!.Value);
    }
}
