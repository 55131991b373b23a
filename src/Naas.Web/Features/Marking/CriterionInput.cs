using System.Globalization;
using Naas.Domain.Marking;

namespace Naas.Web.Features.Marking;

/// <summary>One row of a marking guide's criteria as a form posts it, kept as typed (numbers are read by
/// <see cref="ToDraft"/>, so that what was typed comes back as typed when something is wrong).</summary>
public sealed class CriterionInput
{
    public const int Rows = 6;

    public string? Text { get; set; }
    public string? MaxMarks { get; set; }
    public string? Guidance { get; set; }

    public CriterionDraft ToDraft() => new(Text, Number(MaxMarks), Guidance);

    public static int? Number(string? s) =>
        int.TryParse(s?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The form's rows, padded to <see cref="Rows"/> (a post may leave trailing rows out).</summary>
    public static List<CriterionInput> Padded(List<CriterionInput>? rows)
    {
        var list = rows ?? [];
        while (list.Count < Rows)
            list.Add(new CriterionInput());
        return list.Take(Rows).ToList();
    }
}

/// <summary>A page whose form writes a marking guide's criteria (<c>Shared/_CriteriaInputs.cshtml</c>).</summary>
public interface ICriteriaForm
{
    List<CriterionInput> Criteria { get; }
}
