using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Eligibility;

namespace Naas.Web.Features.Admin;

/// <summary>The policy settings as the rules see them; changes are audited with their reason.</summary>
public sealed class PolicyStore(NaasDbContext db, TimeProvider clock)
{
    public async Task<EligibilityPolicy> CurrentAsync(CancellationToken ct = default) =>
        EligibilityPolicy.From(await db.PolicySettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct));

    public async Task<bool> ChangeAsync(string key, int value, string reason, CancellationToken ct = default)
    {
        var setting = await db.PolicySettings.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (setting is null || setting.Value == value) return false;
        var label = EligibilityPolicy.Settings.Single(s => s.Key == key).Label;
        db.Audit("PolicySetting", null, "Changed", $"{label}: {setting.Value} → {value}", reason);
        setting.Value = value;
        setting.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }
}
