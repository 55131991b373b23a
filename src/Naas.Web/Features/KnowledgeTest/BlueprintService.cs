using System.Globalization;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;
using Naas.Domain.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.KnowledgeTest;

/// <summary>What the programme sets for a blueprint, as typed on the page.</summary>
public sealed class BlueprintInput
{
    public string? Name { get; set; }
    public string? Minutes { get; set; }
    public string? MaxTimesShown { get; set; }
    public string? PassMarkTolerance { get; set; }

    /// <summary>Items per area in the general-knowledge section (shared by all statuses), keyed by area id.</summary>
    public Dictionary<Guid, string?> General { get; set; } = [];

    /// <summary>Items per area in the applied-knowledge section for this status.</summary>
    public Dictionary<Guid, string?> Applied { get; set; } = [];
}

/// <summary>Blueprints (what a status's test draws, and for how long) and their test windows. A blueprint change
/// reaches only forms assembled afterwards: every sitting keeps its own items and pass mark.</summary>
public sealed class BlueprintService(NaasDbContext db, SittingStart tests)
{
    public async Task<(KnowledgeBlueprint? Blueprint, List<(string Field, string Message)> Problems)> CreateAsync(
        string? name,
        StatusLevel? status,
        bool? practice,
        string? minutes,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name))
            problems.Add(("Name", "Enter a name for the test"));
        else if (name.Length > 200)
            problems.Add(("Name", "Name must be 200 characters or fewer"));
        if (status is null)
            problems.Add(("Status", "Select the status the test is for"));
        if (practice is null)
            problems.Add(("Kind", "Select whether it is a practice test"));
        var mins = Whole(minutes, "Minutes", "Time allowed", 5, 300, problems);
        if (problems.Count > 0)
            return (null, problems);
        var b = new KnowledgeBlueprint
        {
            Name = name!.Trim(),
            Status = status!.Value,
            IsPractice = practice!.Value,
            Minutes = mins!.Value,
            Cells = [],
        };
        db.KnowledgeBlueprints.Add(b);
        db.Record(new BlueprintCreated(b.Id, b.Name, practice.Value, status.Value, mins.Value));
        await db.SaveChangesAsync(ct);
        return (b, []);
    }

    public async Task<List<(string Field, string Message)>> UpdateAsync(
        KnowledgeBlueprint b,
        BlueprintInput input,
        IReadOnlyCollection<Guid> areaIds,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(input.Name))
            problems.Add(("Name", "Enter a name for the test"));
        else if (input.Name.Length > 200)
            problems.Add(("Name", "Name must be 200 characters or fewer"));
        var minutes = Whole(input.Minutes, "Minutes", "Time allowed", 5, 300, problems);
        var maxShown = Whole(
            input.MaxTimesShown,
            "MaxTimesShown",
            "The most times an item may be shown",
            1,
            1_000_000,
            problems
        );
        decimal? tolerance = null;
        if (
            !decimal.TryParse(input.PassMarkTolerance, NumberStyles.Number, CultureInfo.InvariantCulture, out var t)
            || t < 0.05m
            || t > 10m
        )
            problems.Add(
                ("PassMarkTolerance", "Pass mark tolerance must be a number of marks between 0.05 and 10, like 0.5")
            );
        else
            tolerance = t;
        var cells = new List<CellCount>();
        foreach (var (section, counts) in new[] { ("General", input.General), ("Applied", input.Applied) })
        foreach (var areaId in areaIds)
        {
            var raw = counts.GetValueOrDefault(areaId);
            if (string.IsNullOrWhiteSpace(raw))
                continue;
            if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 200)
                problems.Add(
                    ($"{section}[{areaId}]", $"{section} questions for an area must be a whole number from 0 to 200")
                );
            else if (n > 0)
                cells.Add(new CellCount(section, areaId, n));
        }
        if (problems.Count == 0 && cells.Count == 0)
            problems.Add(("", "Enter how many questions the test draws from at least one area"));
        if (problems.Count > 0)
            return problems;
        // The event keeps each cell as "section|area id|count", as it always has, so earlier events read the same.
        static string[] Words(IEnumerable<CellCount> cs) => [.. cs.Select(c => $"{c.Section}|{c.AreaId}|{c.Count}")];
        var (wasName, wasMinutes, wasCells) = (b.Name, b.Minutes, Words(b.Cells));
        (b.Name, b.Minutes, b.MaxTimesShown, b.PassMarkTolerance, b.Cells) = (
            input.Name!.Trim(),
            minutes!.Value,
            maxShown!.Value,
            tolerance!.Value,
            cells
        );
        db.Record(
            new BlueprintChanged(
                b.Id,
                wasName,
                wasMinutes,
                wasCells,
                b.Name,
                b.Minutes,
                Words(cells),
                b.MaxTimesShown,
                b.PassMarkTolerance
            )
        );
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Tries one form from the live bank as it stands, so the programme knows before opening a
    /// window.</summary>
    public async Task<string> CheckAsync(KnowledgeBlueprint b, CancellationToken ct)
    {
        if (b.Cells.Count == 0)
            return "This blueprint draws no questions yet.";
        var (cells, bank) = await tests.BankAsync(b, ct);
        var result = FormAssembly.Assemble(
            new Blueprint(cells, Enum.GetValues<ItemType>(), b.MaxTimesShown, b.PassMarkTolerance, b.Pool),
            bank,
            1
        );
        return result.Succeeded
            ? $"The live bank can make forms for this blueprint: {Infrastructure.Words.Count(result.Form!.ItemIds.Count, "question")}, target pass mark {result.Form.TargetPassMark:0.##} (±{b.PassMarkTolerance})."
            : $"The live bank cannot make a form: {string.Join("; ", result.Problems)}.";
    }

    public async Task<(TestWindow? Window, List<(string Field, string Message)> Problems)> AddWindowAsync(
        KnowledgeBlueprint b,
        Infrastructure.GovUk.DateInput opens,
        Infrastructure.GovUk.DateInput closes,
        bool remote,
        string? centres,
        DateOnly today,
        CancellationToken ct
    )
    {
        var problems = new List<(string, string)>();
        if (b.IsPractice)
            problems.Add(("", "Practice tests are open at all times and take no windows"));
        if (!opens.TryGet("Date the window opens", true, out var from, out var e1))
            problems.Add(("Opens", e1!));
        if (!closes.TryGet("Date the window closes", true, out var to, out var e2))
            problems.Add(("Closes", e2!));
        if (from is not null && to is not null && to < from)
            problems.Add(("Closes", "Date the window closes must be the same as or after the date it opens"));
        if (to is not null && to < today)
            problems.Add(("Closes", "Date the window closes must be today or in the future"));
        var centreList = Data.Entities.KnowledgeItemVersion.Lines(centres ?? "");
        if (centreList.Any(c => c.Length > 150))
            problems.Add(("Centres", "Each centre's name must be 150 characters or fewer"));
        if (!remote && centreList.Count == 0)
            problems.Add(("Centres", "Enter at least one assessment centre, or allow remote sittings"));
        if (problems.Count > 0)
            return (null, problems);
        var w = new TestWindow
        {
            BlueprintId = b.Id,
            Opens = Clock.StartOfUkDay(from!.Value),
            Closes = Clock.StartOfUkDay(to!.Value.AddDays(1)),
            RemoteAllowed = remote,
            Centres = [.. centreList.Distinct()],
        };
        db.TestWindows.Add(w);
        db.Record(new WindowOpened(w.Id, b.Id, b.Name, from!.Value, to!.Value, w.Locations));
        await db.SaveChangesAsync(ct);
        return (w, []);
    }

    private static int? Whole(
        string? raw,
        string field,
        string label,
        int min,
        int max,
        List<(string, string)> problems
    )
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            problems.Add((field, $"Enter {label.ToLowerInvariant()}"));
            return null;
        }
        if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            problems.Add((field, $"{label} must be a whole number from {min} to {max}"));
            return null;
        }
        return n;
    }
}
