using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace Naas.Web.Features.Import;

/// <summary>Reads an uploaded CSV or XLSX file into rows keyed by lower-case heading, refusing a file whose heading row
/// lacks a required column. Shared by every import, so each reads files the same way.</summary>
public static class TabularFile
{
    /// <exception cref="ImportFormatException">The file is not CSV or XLSX, is empty, or lacks a column.</exception>
    public static List<Dictionary<string, string>> Read(string fileName, Stream content, string[] columns) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(content, columns),
            ".xlsx" => ReadXlsx(content, columns),
            _ => throw new ImportFormatException("The selected file must be a CSV or XLSX file"),
        };

    private static List<Dictionary<string, string>> ReadCsv(Stream content, string[] columns)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null, TrimOptions = TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader()) throw new ImportFormatException("The selected file is empty");
        var headers = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        CheckHeaders(headers, columns);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>();
            for (var i = 0; i < headers.Length; i++) row[headers[i]] = csv.GetField(i) ?? "";
            if (row.Values.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(row);
        }
        return rows;
    }

    private static List<Dictionary<string, string>> ReadXlsx(Stream content, string[] columns)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        using var book = new XLWorkbook(buffer);
        var sheet = book.Worksheets.First();
        var used = sheet.RangeUsed() ?? throw new ImportFormatException("The selected file is empty");
        var headerRow = used.FirstRow();
        var headers = headerRow.Cells().Select(c => c.GetString().Trim().ToLowerInvariant()).ToArray();
        CheckHeaders(headers, columns);
        var rows = new List<Dictionary<string, string>>();
        foreach (var xlRow in used.RowsUsed().Skip(1))
        {
            var row = new Dictionary<string, string>();
            for (var i = 0; i < headers.Length; i++)
            {
                var cell = xlRow.Cell(i + 1);
                row[headers[i]] = cell.DataType == XLDataType.DateTime
                    ? DateOnly.FromDateTime(cell.GetDateTime()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : cell.DataType == XLDataType.Number ? cell.GetDouble().ToString(CultureInfo.InvariantCulture) : cell.GetString();
            }
            if (row.Values.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(row);
        }
        return rows;
    }

    private static void CheckHeaders(string[] headers, string[] columns)
    {
        var missing = columns.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new ImportFormatException($"The heading row is missing these columns: {string.Join(", ", missing)}. Download the template to see the columns");
    }
}
