namespace Naas.Domain.KnowledgeTest;

/// <summary>SplitMix64: a small generator whose sequence for a seed never changes between .NET versions
/// (System.Random promises no such thing), so a form can always be rebuilt from the seed stored with it.</summary>
public sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max), without modulo bias.</summary>
    public int Next(int max)
    {
        if (max <= 0)
            throw new ArgumentOutOfRangeException(nameof(max));
        var limit = ulong.MaxValue - ulong.MaxValue % (ulong)max;
        ulong r;
        do r = NextUInt64();
        while (r >= limit);
        return (int)(r % (ulong)max);
    }

    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
