using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;

namespace Naas.Web.Infrastructure.Import;

/// <summary>Reads an uploaded CSV or XLSX file into rows keyed by lower-case heading, refusing a file whose heading row
/// lacks a required column. Shared by every import, so each reads files the same way, and each is safe from files
/// made to hurt: what a file may unpack to, how many rows and columns it may have and how it is decoded are limited
/// here, before any row is looked at.</summary>
public static class TabularFile
{
    /// <summary>The most rows one file may hold (a national employer's whole workforce fits several times
    /// over).</summary>
    public const int MaxRows = 100_000;

    /// <summary>The most columns a heading row may have.</summary>
    public const int MaxColumns = 100;

    /// <summary>What the parts of an XLSX file may unpack to, in all: a 50,000-row workforce unpacks to about 30
    /// MB.</summary>
    public const long MaxUnpackedBytes = 100L * 1024 * 1024;

    // The spreadsheet reader decodes some legacy parts through Windows code pages, as does Decode below.
    static TabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <exception cref="ImportFormatException">The file is not CSV or XLSX, is empty, lacks a column, or breaks a
    /// limit.</exception>
    public static List<Dictionary<string, string>> Read(string fileName, Stream content, string[] columns) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(content, columns),
            ".xlsx" => ReadXlsx(content, columns),
            _ => throw new ImportFormatException("The selected file must be a CSV or XLSX file"),
        };

    /// <summary>What every import says when a file cannot be read at all, whatever the reader found wrong.</summary>
    public const string Unreadable =
        "The selected file could not be read. Save it again as CSV (comma separated) or XLSX and upload it";

    /// <summary>Reads the file as <see cref="Read"/> does, or says in one sentence why it cannot: a broken or hostile
    /// file (bad ZIP, bad XML, a reader's own error) is a problem for the person to fix, never an exception.</summary>
    public static (List<Dictionary<string, string>>? Rows, string? Problem) TryRead(
        string fileName,
        Stream content,
        string[] columns
    )
    {
        try
        {
            return (Read(fileName, content, columns), null);
        }
        catch (ImportFormatException e)
        {
            return (null, e.Message);
        }
        catch (Exception e)
            when (e
                    is CsvHelperException
                        or InvalidDataException
                        or IOException
                        or FormatException
                        or ArgumentException
                        or XmlException
                        or ExcelDataReader.Exceptions.ExcelReaderException
            )
        {
            return (null, Unreadable);
        }
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>The text of a CSV file: UTF-8 (with or without a byte order mark) or UTF-16 with one, and otherwise
    /// Windows-1252, which is what Excel on Windows in the UK writes for "CSV (Comma delimited)". A file that is not
    /// valid UTF-8 is never read as UTF-8, so no name is ever stored with U+FFFD in place of a letter.</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
            return (StrictUtf8.GetString(bytes, 3, bytes.Length - 3), "UTF-8");
        if (bytes is [0xFF, 0xFE, ..])
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16");
        if (bytes is [0xFE, 0xFF, ..])
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "UTF-16");
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException) { }
        return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
    }

    private static List<Dictionary<string, string>> ReadCsv(Stream content, string[] columns)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        string text;
        try
        {
            text = Decode(buffer.ToArray()).Text;
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFormatException(
                "The selected file is not readable text. Save it again as CSV UTF-8 (comma delimited) and upload it"
            );
        }
        if (text.Contains('\0'))
            throw new ImportFormatException(
                "The selected file is not a CSV file: it contains binary data. Save it again as CSV UTF-8 (comma delimited) and upload it"
            );
        using var reader = new StringReader(text);
        using var csv = new CsvReader(
            reader,
            new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                MissingFieldFound = null,
                BadDataFound = null,
                TrimOptions = TrimOptions.Trim,
            }
        );
        if (!csv.Read() || !csv.ReadHeader())
            throw new ImportFormatException("The selected file is empty");
        var headers = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        CheckHeaders(headers, columns);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>();
            for (var i = 0; i < headers.Length; i++)
                row[headers[i]] = csv.GetField(i) ?? "";
            if (row.Values.All(string.IsNullOrWhiteSpace))
                continue;
            if (rows.Count == MaxRows)
                throw TooManyRows();
            rows.Add(row);
        }
        return rows;
    }

    private static ImportFormatException TooManyRows() =>
        new(
            $"The selected file has more than {MaxRows:N0} rows. Split it into files of up to {MaxRows:N0} rows and import each"
        );

    private static List<Dictionary<string, string>> ReadXlsx(Stream content, string[] columns)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        CheckPackage(buffer);
        buffer.Position = 0;
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(
            buffer,
            new ExcelReaderConfiguration { LeaveOpen = true }
        );
        if (!reader.Read())
            throw new ImportFormatException("The selected file is empty");
        if (reader.FieldCount > MaxColumns)
            throw new ImportFormatException(
                $"The first sheet has {reader.FieldCount:N0} columns; a workforce file has at most {MaxColumns}. Delete the columns that are not in the template"
            );
        var headers = Enumerable
            .Range(0, reader.FieldCount)
            .Select(i => Cell(reader.GetValue(i)).Trim().ToLowerInvariant())
            .ToArray();
        CheckHeaders(headers, columns);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>();
            for (var i = 0; i < headers.Length && i < reader.FieldCount; i++)
                if (headers[i].Length > 0)
                    row[headers[i]] = Cell(reader.GetValue(i));
            if (row.Values.All(string.IsNullOrWhiteSpace))
                continue;
            if (rows.Count == MaxRows)
                throw TooManyRows();
            rows.Add(row);
        }
        return rows;
    }

    private static string Cell(object? value) =>
        value switch
        {
            null => "",
            DateTime d => DateOnly.FromDateTime(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double n => n.ToString(CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };

    /// <summary>Refuses an XLSX package before it is parsed when its parts unpack to more than the limit (counting the
    /// bytes actually inflated, not the sizes the package claims), or when any XML part declares a document type:
    /// spreadsheet programs never write one, and it is how entity expansion ("billion laughs") gets in.</summary>
    private static void CheckPackage(MemoryStream buffer)
    {
        buffer.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new ImportFormatException(
                "The selected file is not a real XLSX file. Save it again from your spreadsheet program as Excel Workbook (.xlsx) and upload it"
            );
        }
        using (zip)
        {
            long total = 0;
            var chunk = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using (var s = entry.Open())
                    for (int n; (n = s.Read(chunk, 0, chunk.Length)) > 0; )
                        if ((total += n) > MaxUnpackedBytes)
                            throw new ImportFormatException(
                                $"The selected file unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB, far more than a workforce file needs. Save it again with only the workforce sheet and upload it"
                            );
                if (
                    !entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                    && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
                )
                    continue;
                using var part = entry.Open();
                using var xml = XmlReader.Create(
                    part,
                    new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }
                );
                try
                {
                    while (xml.Read() && xml.NodeType != XmlNodeType.Element) { }
                }
                catch (XmlException)
                {
                    throw new ImportFormatException(
                        $"The selected file's part {entry.FullName} is not plain spreadsheet XML (it declares a document type, which spreadsheet programs never write). Save it again from your spreadsheet program as Excel Workbook (.xlsx) and upload it"
                    );
                }
            }
        }
    }

    private static void CheckHeaders(string[] headers, string[] columns)
    {
        var missing = columns.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new ImportFormatException(
                $"The heading row is missing these columns: {string.Join(", ", missing)}. Download the template to see the columns"
            );
    }
}
