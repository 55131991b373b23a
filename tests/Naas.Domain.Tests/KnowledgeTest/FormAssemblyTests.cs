using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;

namespace Naas.Domain.Tests.KnowledgeTest;

/// <summary>Each candidate gets their own form, drawn at random from the live bank (¶36), meeting the blueprint,
/// respecting enemies and exposure, and as hard as every other form (¶40).</summary>
public class FormAssemblyTests
{
    private static readonly Guid[] GeneralAreas = Enumerable
        .Range(1, 10)
        .Select(i => new Guid(i, 0, 0, new byte[8]))
        .ToArray();
    private static readonly Guid[] AppliedAreas = Enumerable
        .Range(11, 3)
        .Select(i => new Guid(i, 0, 0, new byte[8]))
        .ToArray();

    // 2018 shape: 18 general and 12 scenario questions.
    private static readonly Blueprint Blueprint = new(
        GeneralAreas
            .Select((a, i) => new BlueprintCell("General", a, $"Area {i + 1}", i < 8 ? 2 : 1))
            .Concat(AppliedAreas.Select((a, i) => new BlueprintCell("Applied", a, $"Applied {i + 1}", 4)))
            .ToList(),
        [ItemType.Binary, ItemType.SingleBestAnswer, ItemType.MultiPart, ItemType.MultipleResponse],
        MaxTimesShown: 50,
        PassMarkTolerance: 0.25m
    );

    /// <summary>A bank of about 12 items per cell with ratings from 0.3 to 0.9, some enemy pairs, some items
    /// over-exposed and some of a type the blueprint leaves out (scenario media items are modelled as that).</summary>
    private static List<BankItem> Bank(int perCell = 12, ulong seed = 7)
    {
        var rng = new DeterministicRandom(seed);
        var items = new List<BankItem>();
        foreach (var (section, areas) in new[] { ("General", GeneralAreas), ("Applied", AppliedAreas) })
        foreach (var area in areas)
            for (var n = 0; n < perCell; n++)
                items.Add(
                    new BankItem(
                        Guid.NewGuid(),
                        section,
                        area,
                        (ItemType)(1 + rng.Next(4)),
                        0.3m + rng.Next(61) / 100m,
                        [],
                        TimesShown: rng.Next(10) == 0 ? 60 : rng.Next(50)
                    )
                );
        // Enemy pairs inside the same cells, where they would otherwise be likely to meet.
        for (var i = 0; i + 1 < items.Count; i += 5)
            items[i] = items[i] with { Enemies = [items[i + 1].Id] };
        return items;
    }

    [Fact]
    public void Practice_and_real_forms_never_share_an_item_however_the_pools_are_mixed()
    {
        // Every other item is a practice item (shown with its answer): a real form draws only the rest, and a practice
        // form only those, so no answer the practice test reveals can ever be worth a mark on a real form.
        var bank = Bank(perCell: 24)
            .Select((item, i) => i % 2 == 0 ? item with { Pool = ItemPool.Practice } : item)
            .ToList();
        var pool = bank.ToDictionary(i => i.Id, i => i.Pool);
        var practiceBlueprint = Blueprint with { Pool = ItemPool.Practice };
        var onReal = new HashSet<Guid>();
        var onPractice = new HashSet<Guid>();
        for (ulong seed = 1; seed <= 200; seed++)
        {
            var real = FormAssembly.Assemble(Blueprint, bank, seed);
            var practice = FormAssembly.Assemble(practiceBlueprint, bank, seed);
            Assert.True(real.Succeeded && practice.Succeeded);
            onReal.UnionWith(real.Form!.ItemIds);
            onPractice.UnionWith(practice.Form!.ItemIds);
        }
        Assert.All(onReal, id => Assert.Equal(ItemPool.Assessment, pool[id]));
        Assert.All(onPractice, id => Assert.Equal(ItemPool.Practice, pool[id]));
        Assert.Empty(onReal.Intersect(onPractice));
    }

    [Fact]
    public void A_blueprint_short_of_items_in_its_own_pool_is_refused_rather_than_borrowing_from_the_other()
    {
        var bank = Bank().Select(i => i with { Pool = ItemPool.Practice }).ToList();
        var result = FormAssembly.Assemble(Blueprint, bank, 1);
        Assert.False(result.Succeeded);
        Assert.Contains("live assessment items", result.Problems[0]);
    }

    [Fact]
    public void A_thousand_forms_meet_the_blueprint_enemy_and_exposure_rules_with_pass_marks_within_tolerance_para36_para40()
    {
        var bank = Bank();
        var byId = bank.ToDictionary(i => i.Id);
        var passMarks = new List<decimal>();
        for (ulong seed = 1; seed <= 1000; seed++)
        {
            var result = FormAssembly.Assemble(Blueprint, bank, seed);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
            var form = result.Form!;
            var items = form.ItemIds.Select(id => byId[id]).ToList();
            Assert.Equal(30, items.Count);
            Assert.Equal(30, form.ItemIds.Distinct().Count());
            foreach (var cell in Blueprint.Cells)
                Assert.Equal(cell.Count, items.Count(i => i.Section == cell.Section && i.AreaId == cell.AreaId));
            Assert.All(items, i => Assert.True(i.TimesShown < Blueprint.MaxTimesShown));
            var ids = form.ItemIds.ToHashSet();
            Assert.All(items, i => Assert.DoesNotContain(i.Enemies, ids.Contains));
            Assert.Equal(items.Sum(i => i.Rating), form.PassMark);
            Assert.InRange(
                form.PassMark,
                form.TargetPassMark - Blueprint.PassMarkTolerance,
                form.TargetPassMark + Blueprint.PassMarkTolerance
            );
            Assert.True(
                items.Take(18).All(i => i.Section == "General") && items.Skip(18).All(i => i.Section == "Applied")
            );
            passMarks.Add(form.PassMark);
        }
        // Every form is held to the same standard: the spread of pass marks stays within twice the tolerance.
        Assert.True(
            passMarks.Max() - passMarks.Min() <= 2 * Blueprint.PassMarkTolerance,
            $"{passMarks.Min()}..{passMarks.Max()}"
        );
    }

    [Fact]
    public void The_same_seed_rebuilds_the_same_form_and_different_seeds_give_different_forms()
    {
        var bank = Bank();
        Assert.Equal(
            FormAssembly.Assemble(Blueprint, bank, 42).Form!.ItemIds,
            FormAssembly.Assemble(Blueprint, bank, 42).Form!.ItemIds
        );
        var forms = Enumerable
            .Range(1, 50)
            .Select(s => string.Join(",", FormAssembly.Assemble(Blueprint, bank, (ulong)s).Form!.ItemIds.Order()))
            .ToHashSet();
        Assert.Equal(50, forms.Count);
    }

    [Fact]
    public void Enemies_are_kept_apart_even_when_only_one_of_them_names_the_other()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var area = Guid.NewGuid();
        var bank = new List<BankItem>
        {
            new(a, "General", area, ItemType.Binary, 0.5m, [b], 0),
            new(b, "General", area, ItemType.Binary, 0.5m, [], 0),
            new(Guid.NewGuid(), "General", area, ItemType.Binary, 0.5m, [], 0),
        };
        var blueprint = new Blueprint([new BlueprintCell("General", area, "Area", 2)], [ItemType.Binary], 10, 0.5m);
        for (ulong seed = 1; seed <= 100; seed++)
        {
            var ids = FormAssembly.Assemble(blueprint, bank, seed).Form!.ItemIds;
            Assert.False(ids.Contains(a) && ids.Contains(b));
        }
    }

    [Fact]
    public void An_early_pick_that_leaves_a_later_area_short_of_non_enemies_is_drawn_again_rather_than_failing()
    {
        // x is the enemy of both items in area 2, which needs one of them: every form must take y from area 1.
        var (x, y, p, q) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (area1, area2) = (Guid.NewGuid(), Guid.NewGuid());
        var bank = new List<BankItem>
        {
            new(x, "General", area1, ItemType.Binary, 0.5m, [p, q], 0),
            new(y, "General", area1, ItemType.Binary, 0.5m, [], 0),
            new(p, "General", area2, ItemType.Binary, 0.5m, [], 0),
            new(q, "General", area2, ItemType.Binary, 0.5m, [], 0),
        };
        var blueprint = new Blueprint(
            [new("General", area1, "Area 1", 1), new("General", area2, "Area 2", 1)],
            [ItemType.Binary],
            10,
            0.5m
        );
        for (ulong seed = 1; seed <= 100; seed++)
        {
            var result = FormAssembly.Assemble(blueprint, bank, seed);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
            Assert.Contains(y, result.Form!.ItemIds);
            Assert.Equal(result.Form.ItemIds, FormAssembly.Assemble(blueprint, bank, seed).Form!.ItemIds); // still rebuilt from its seed
        }
    }

    [Fact]
    public void The_questions_on_one_case_come_together_on_the_form()
    {
        var area = Guid.NewGuid();
        var caseId = Guid.NewGuid();
        var bank = Enumerable
            .Range(0, 8)
            .Select(i => new BankItem(
                Guid.NewGuid(),
                "General",
                area,
                ItemType.Binary,
                0.5m,
                [],
                0,
                i < 3 ? caseId : null
            ))
            .ToList();
        var onCase = bank.Where(b => b.CaseId == caseId).Select(b => b.Id).ToHashSet();
        var blueprint = new Blueprint([new("General", area, "Area", 8)], [ItemType.Binary], 10, 0.5m);
        for (ulong seed = 1; seed <= 50; seed++)
        {
            var ids = FormAssembly.Assemble(blueprint, bank, seed).Form!.ItemIds.ToList();
            var positions = ids.Select((id, i) => (id, i)).Where(t => onCase.Contains(t.id)).Select(t => t.i).ToList();
            Assert.Equal(3, positions.Count);
            Assert.Equal(2, positions[^1] - positions[0]);
        }
    }

    [Fact]
    public void A_bank_too_small_for_the_blueprint_says_which_area_is_short()
    {
        var result = FormAssembly.Assemble(Blueprint, Bank(perCell: 1), 1);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.StartsWith("General, Area 1: the blueprint needs 2 items"));
    }

    [Fact]
    public void A_bank_that_cannot_reach_the_target_difficulty_is_refused_rather_than_giving_an_unfair_form()
    {
        var area = Guid.NewGuid();
        var bank = new List<BankItem>
        {
            new(Guid.NewGuid(), "General", area, ItemType.Binary, 0.9m, [], 0),
            new(Guid.NewGuid(), "General", area, ItemType.Binary, 0.1m, [], 0),
        };
        var result = FormAssembly.Assemble(
            new Blueprint([new BlueprintCell("General", area, "Area", 1)], [ItemType.Binary], 10, 0.1m),
            bank,
            3
        );
        Assert.False(result.Succeeded);
        Assert.Contains("target pass mark", result.Problems[0]);
    }
}
