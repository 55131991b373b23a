namespace Naas.Web.Infrastructure.Import;

/// <summary>What a rejected import tells its user, shared by every import: the problems in the file counted rightly,
/// the first <see cref="Listed"/> of them listed, and how many more there are.</summary>
public sealed record ImportProblemReport(IReadOnlyList<ImportProblem> Shown, int Total, int Rows, string? FileProblem)
{
    /// <summary>How many problems a page lists; a file with more is nearly always one systematic mistake.</summary>
    public const int Listed = 100;

    public int NotShown => Total - Shown.Count;

    public static ImportProblemReport From(IReadOnlyList<ImportProblem> problems)
    {
        var file = problems.FirstOrDefault(p => p.Row == 0)?.Message;
        var rowProblems = problems.Where(p => p.Row > 0).ToList();
        return new(
            rowProblems.OrderBy(p => p.Row).Take(Listed).ToList(),
            rowProblems.Count,
            rowProblems.Select(p => p.Row).Distinct().Count(),
            file
        );
    }

    /// <summary>One sentence for the error summary, like "There are 7 problems in row 3. Nothing has been
    /// saved".</summary>
    public string Summary()
    {
        if (FileProblem is not null && Total == 0)
            return $"{FileProblem}. Nothing has been saved";
        var problems = Total == 1 ? "is 1 problem" : $"are {Total:N0} problems";
        var rows = Rows == 1 ? $"row {Shown[0].Row}" : $"{Rows:N0} rows";
        return $"There {problems} in {rows} of the file. Nothing has been saved";
    }
}

/// <summary>One problem with one row (or, with row 0, the whole file) of an imported file.</summary>
public sealed record ImportProblem(int Row, string Column, string Message);

/// <summary>The file cannot be read as a table at all.</summary>
public sealed class ImportFormatException(string message) : Exception(message);
