using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CompetencyTeams.App.Features.Exports;

/// <summary>
/// One-sheet XLSX with DocumentFormat.OpenXml: text as inline string cells (never formulas, whatever they start with),
/// whole numbers as numeric cells, a bold-free plain header row, the header frozen.
/// </summary>
public static class XlsxExportWriter
{
    public const string SheetName = "Export";

    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Columns));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                data.Append(Row((uint)r + 2, table.Rows[r]));
            }

            sheetPart.Worksheet = new Worksheet(FrozenHeader(), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(uint index, IEnumerable<object?> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var value in cells)
        {
            column++;
            if (value is null)
            {
                continue;
            }

            var reference = ColumnName(column) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(value is int or double
                ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) }
                : new Cell(new InlineString(new Text(SpreadsheetSafety.XmlSafe(value.ToString() ?? "")) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                });
        }

        return row;
    }

    private static SheetViews FrozenHeader() => new(new SheetView(new Pane
    {
        VerticalSplit = 1,
        TopLeftCell = "A2",
        ActivePane = PaneValues.BottomLeft,
        State = PaneStateValues.Frozen,
    })
    { WorkbookViewId = 0 });

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
