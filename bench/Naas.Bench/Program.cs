using System.Diagnostics;
using Naas.Domain.ItemBank;
using Naas.Domain.KnowledgeTest;

// Form assembly from a 5,000-item bank (issue 3's target: median under 50 ms per form). These machines are
// shared and noisy, so the result is also given as a ratio to a reference workload timed in the same run:
// sorting 5,000 decimals, a fixed amount of work that slows down exactly when the machine does.
var forms = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1000;
var rng = new DeterministicRandom(2026);
var general = Enumerable.Range(0, 10).Select(i => new Guid(i + 1, 0, 0, new byte[8])).ToArray();
var applied = Enumerable.Range(0, 3).Select(i => new Guid(i + 100, 0, 0, new byte[8])).ToArray();
var bank = new List<BankItem>(5000);
for (var i = 0; i < 5000; i++)
{
    var isGeneral = i % 13 < 10;
    bank.Add(
        new BankItem(
            new Guid(i + 1000, 0, 0, new byte[8]),
            isGeneral ? "General" : "Applied",
            isGeneral ? general[i % 10] : applied[i % 3],
            (ItemType)(1 + rng.Next(4)),
            0.3m + rng.Next(61) / 100m,
            [],
            rng.Next(60)
        )
    );
}
for (var i = 0; i + 1 < bank.Count; i += 7)
    bank[i] = bank[i] with { Enemies = [bank[i + 1].Id] };
var blueprint = new Blueprint(
    general
        .Select((a, i) => new BlueprintCell("General", a, $"General {i + 1}", i < 8 ? 2 : 1))
        .Concat(applied.Select((a, i) => new BlueprintCell("Applied", a, $"Applied {i + 1}", 4)))
        .ToList(),
    [ItemType.Binary, ItemType.SingleBestAnswer, ItemType.MultiPart, ItemType.MultipleResponse],
    MaxTimesShown: 50,
    PassMarkTolerance: 0.25m
);

var sortInput = Enumerable.Range(0, 5000).Select(_ => rng.Next(1_000_000) / 100m).ToArray();
double Reference()
{
    var copy = (decimal[])sortInput.Clone();
    var sw = Stopwatch.StartNew();
    Array.Sort(copy);
    return sw.Elapsed.TotalMilliseconds;
}
double Assemble(ulong seed)
{
    var sw = Stopwatch.StartNew();
    var result = FormAssembly.Assemble(blueprint, bank, seed);
    var ms = sw.Elapsed.TotalMilliseconds;
    if (!result.Succeeded)
        throw new InvalidOperationException(string.Join("; ", result.Problems));
    return ms;
}

for (ulong s = 1; s <= 50; s++)
{
    Assemble(s);
    Reference();
} // warm up
var assembly = new List<double>(forms);
var reference = new List<double>(forms);
for (var i = 0; i < forms; i++) // interleaved, so both see the same machine
{
    assembly.Add(Assemble((ulong)(1000 + i)));
    reference.Add(Reference());
}
double Median(List<double> xs)
{
    xs.Sort();
    return xs[xs.Count / 2];
}
double P99(List<double> xs)
{
    xs.Sort();
    return xs[(int)(xs.Count * 0.99)];
}
var (am, ap, rm) = (Median(assembly), P99(assembly), Median(reference));
Console.WriteLine($"forms: {forms}; bank: {bank.Count} items; blueprint: 30 items in 13 cells");
Console.WriteLine($"assembly per form: median {am:0.00} ms, p99 {ap:0.00} ms");
Console.WriteLine($"reference (sort 5,000 decimals): median {rm:0.000} ms");
Console.WriteLine($"ratio assembly/reference: {am / rm:0.0}x; goal median < 50 ms: {(am < 50 ? "met" : "NOT met")}");
