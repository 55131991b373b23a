using Naas.Domain.ItemBank;

namespace Naas.Domain.KnowledgeTest;

/// <summary>A live item as assembly sees it. Rating is the chance that a just-good-enough candidate answers it
/// right (set by standard-setting panels; a default until then). Enemies must not appear on the same form.</summary>
/// <summary>CaseId groups the questions of one case-based item: on the form they appear together, in a stable
/// order.</summary>
public sealed record BankItem(
    Guid Id,
    string Section,
    Guid AreaId,
    ItemType Type,
    decimal Rating,
    IReadOnlyCollection<Guid> Enemies,
    int TimesShown,
    Guid? CaseId = null,
    ItemPool Pool = ItemPool.Assessment
);

/// <summary>Which tests an item may appear on. The practice test shows right answers and rationales and can be taken
/// again and again, so its items are a pool of their own that never reaches a real form, and no real item ever
/// reaches a practice form: an item belongs to exactly one pool for its whole life.</summary>
public enum ItemPool
{
    Assessment,
    Practice,
}

/// <summary>How many items one section draws from one knowledge-and-skills area.</summary>
public sealed record BlueprintCell(string Section, Guid AreaId, string AreaName, int Count);

public sealed record Blueprint(
    IReadOnlyList<BlueprintCell> Cells,
    IReadOnlyCollection<ItemType> AllowedTypes,
    // No item is shown more often than this, so that taking the test later gives no advantage
    // (¶36).
    int MaxTimesShown,
    // How far a form's pass mark may be from the blueprint's target, in marks.
    decimal PassMarkTolerance,
    // The only pool this blueprint's forms draw from.
    ItemPool Pool = ItemPool.Assessment
);

/// <summary>One candidate's form: its items in order, the seed that rebuilds it, and its pass mark, the sum of its
/// items' ratings, so that every form is held to the same standard (¶40).</summary>
public sealed record AssembledForm(ulong Seed, IReadOnlyList<Guid> ItemIds, decimal PassMark, decimal TargetPassMark);

public sealed record AssemblyResult(AssembledForm? Form, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Form is not null;
}

/// <summary>Draws a form at random from the live bank (¶36), meeting the blueprint exactly, then swaps items
/// within the same section and area until the form is as hard as the target. Deterministic for a seed.</summary>
public static class FormAssembly
{
    private const int BalancingRounds = 400;

    public static AssemblyResult Assemble(Blueprint blueprint, IReadOnlyList<BankItem> bank, ulong seed)
    {
        var rng = new DeterministicRandom(seed);
        var enemies = EnemyMap(bank);
        var pools = new List<List<BankItem>>();
        var problems = new List<string>();
        foreach (var cell in blueprint.Cells)
        {
            var pool = bank.Where(i =>
                    i.Pool == blueprint.Pool
                    && i.Section == cell.Section
                    && i.AreaId == cell.AreaId
                    && blueprint.AllowedTypes.Contains(i.Type)
                    && i.TimesShown < blueprint.MaxTimesShown
                )
                .OrderBy(i => i.Id)
                .ToList();
            if (pool.Count < cell.Count)
                problems.Add(
                    $"{cell.Section}, {cell.AreaName}: the blueprint needs {cell.Count} items and the bank has {pool.Count} live {(blueprint.Pool == ItemPool.Practice ? "practice" : "assessment")} items that may be shown"
                );
            pools.Add(pool);
        }
        if (problems.Count > 0)
            return new(null, problems);

        var target = blueprint.Cells.Select((c, i) => c.Count * pools[i].Average(x => x.Rating)).Sum();
        // Draw cell by cell; if enemies leave a later cell short, draw again from the start with the same random
        // stream (so the seed still rebuilds the form), up to a limit.
        List<List<BankItem>>? chosen = null;
        HashSet<Guid> onForm = [];
        string? shortfall = null;
        for (var draw = 0; draw < DrawAttempts && chosen is null; draw++)
        {
            (chosen, onForm, shortfall) = Draw(blueprint, pools, enemies, rng);
        }
        if (chosen is null)
            return new(null, [shortfall!]);

        var sum = chosen.SelectMany(x => x).Sum(i => i.Rating);
        for (var round = 0; round < BalancingRounds && Math.Abs(sum - target) > blueprint.PassMarkTolerance; round++)
        {
            // Take a random item off the form and put in the one from the same cell that best closes the gap.
            var c = rng.Next(chosen.Count);
            var k = rng.Next(chosen[c].Count);
            var outgoing = chosen[c][k];
            onForm.Remove(outgoing.Id);
            BankItem? best = null;
            var bestGap = Math.Abs(sum - target);
            foreach (var candidate in pools[c])
            {
                if (onForm.Contains(candidate.Id) || candidate.Id == outgoing.Id || Clashes(candidate, onForm, enemies))
                    continue;
                var gap = Math.Abs(sum - outgoing.Rating + candidate.Rating - target);
                if (gap < bestGap)
                    (best, bestGap) = (candidate, gap);
            }
            if (best is null)
            {
                onForm.Add(outgoing.Id);
                continue;
            }
            chosen[c][k] = best;
            onForm.Add(best.Id);
            sum += best.Rating - outgoing.Rating;
        }
        if (Math.Abs(sum - target) > blueprint.PassMarkTolerance)
            return new(
                null,
                [
                    $"The bank cannot make a form within {blueprint.PassMarkTolerance} marks of the target pass mark {target:0.##}: add items of the missing difficulty",
                ]
            );

        // Items appear section by section, in random order within each section, except that the questions on one
        // case come together (where the first of them fell), so the candidate reads each case once.
        var ordered = new List<Guid>();
        foreach (var section in blueprint.Cells.Select(c => c.Section).Distinct())
        {
            var items = blueprint
                .Cells.Select((cell, i) => (cell, i))
                .Where(x => x.cell.Section == section)
                .SelectMany(x => chosen[x.i])
                .ToList();
            rng.Shuffle(items);
            var placed = new HashSet<Guid>();
            foreach (var item in items)
            {
                if (placed.Contains(item.Id))
                    continue;
                var group = item.CaseId is { } caseId
                    ? items.Where(i => i.CaseId == caseId).OrderBy(i => i.Id).ToList()
                    : [item];
                foreach (var g in group)
                {
                    ordered.Add(g.Id);
                    placed.Add(g.Id);
                }
            }
        }
        return new(new AssembledForm(seed, ordered, sum, Math.Round(target, 4)), []);
    }

    private const int DrawAttempts = 50;

    private static (List<List<BankItem>>? Chosen, HashSet<Guid> OnForm, string? Shortfall) Draw(
        Blueprint blueprint,
        List<List<BankItem>> pools,
        Dictionary<Guid, HashSet<Guid>> enemies,
        DeterministicRandom rng
    )
    {
        var chosen = new List<List<BankItem>>();
        var onForm = new HashSet<Guid>();
        for (var c = 0; c < blueprint.Cells.Count; c++)
        {
            var candidates = pools[c].ToList();
            rng.Shuffle(candidates);
            var picked = new List<BankItem>();
            foreach (var item in candidates)
            {
                if (picked.Count == blueprint.Cells[c].Count)
                    break;
                if (Clashes(item, onForm, enemies))
                    continue;
                picked.Add(item);
                onForm.Add(item.Id);
            }
            if (picked.Count < blueprint.Cells[c].Count)
                return (
                    null,
                    onForm,
                    $"{blueprint.Cells[c].Section}, {blueprint.Cells[c].AreaName}: enemy rules leave too few items to fill the form"
                );
            chosen.Add(picked);
        }
        return (chosen, onForm, null);
    }

    private static bool Clashes(BankItem item, HashSet<Guid> onForm, Dictionary<Guid, HashSet<Guid>> enemies) =>
        enemies.TryGetValue(item.Id, out var mine) && mine.Overlaps(onForm);

    /// <summary>Enmity is mutual even when only one item names the other.</summary>
    private static Dictionary<Guid, HashSet<Guid>> EnemyMap(IReadOnlyList<BankItem> bank)
    {
        var map = new Dictionary<Guid, HashSet<Guid>>();
        void Add(Guid a, Guid b)
        {
            if (!map.TryGetValue(a, out var s))
                map[a] = s = [];
            s.Add(b);
        }
        foreach (var item in bank)
        foreach (var enemy in item.Enemies)
        {
            Add(item.Id, enemy);
            Add(enemy, item.Id);
        }
        return map;
    }
}
