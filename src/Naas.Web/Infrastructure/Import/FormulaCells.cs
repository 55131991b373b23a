namespace Naas.Web.Infrastructure.Import;

/// <summary>Formula protection for cells we write and read back (CSV injection).</summary>
public static partial class FormulaCells
{
    // A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection); the export
    // puts an apostrophe in front, which spreadsheets hide, and the import takes it off again.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>A plain negative number ("-0.047") is left as it is: spreadsheets read it as the number it is, and
    /// an apostrophe would turn it into text in an analyst's figures.</summary>
    public static string Protect(string v) =>
        v.Length > 0 && FormulaStarts.Contains(v[0]) && !PlainNumber().IsMatch(v) ? "'" + v : v;

    [System.Text.RegularExpressions.GeneratedRegex(@"^-[0-9]+(\.[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();

    public static string Unprotect(string v) =>
        v.Length > 1 && v[0] == '\'' && FormulaStarts.Contains(v[1]) ? v[1..] : v;
}
