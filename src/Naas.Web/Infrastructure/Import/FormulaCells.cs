namespace Naas.Web.Infrastructure.Import;

/// <summary>Formula protection for cells we write and read back (CSV injection).</summary>
public static class FormulaCells
{
    // A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection); the export
    // puts an apostrophe in front, which spreadsheets hide, and the import takes it off again.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Protect(string v) => v.Length > 0 && FormulaStarts.Contains(v[0]) ? "'" + v : v;

    public static string Unprotect(string v) =>
        v.Length > 1 && v[0] == '\'' && FormulaStarts.Contains(v[1]) ? v[1..] : v;
}
