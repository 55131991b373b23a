using Microsoft.EntityFrameworkCore;

namespace Naas.Web.Features.ItemBank;

/// <summary>References for the bank's items (K-00001) and cases (C-00001).</summary>
public static class BankReferences
{
    /// <summary>The next free reference like K-00042: one more than the highest (not the count, which gaps would
    /// break).</summary>
    public static async Task<string> NextAsync(IQueryable<string> references, string prefix, CancellationToken ct)
    {
        var highest = await references
            .Where(r => r.StartsWith(prefix + "-"))
            .OrderByDescending(r => r.Length)
            .ThenByDescending(r => r)
            .FirstOrDefaultAsync(ct);
        var n = highest is not null && int.TryParse(highest[(prefix.Length + 1)..], out var last) ? last : 0;
        return $"{prefix}-{n + 1:00000}";
    }
}
