using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Domain.Eligibility;

namespace Naas.Web.Features.Administration;

/// <summary>The policy settings as the rules see them; changes are audited with their reason.</summary>
public sealed class PolicyStore(NaasDbContext db, TimeProvider clock)
{
    public async Task<EligibilityPolicy> CurrentAsync(CancellationToken ct = default) =>
        EligibilityPolicy.From(await db.PolicySettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, ct));

    public async Task<bool> ChangeAsync(string key, int value, string reason, CancellationToken ct = default)
    {
        var definition = EligibilityPolicy.Settings.Single(s => s.Key == key);
        var setting = await db.PolicySettings.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (setting is null)
        {
            // A setting added after this database was first seeded: its default has been in force until now.
            setting = new Naas.Data.Entities.PolicySetting { Key = key, Value = definition.Default };
            db.PolicySettings.Add(setting);
        }
        if (setting.Value == value && db.Entry(setting).State != EntityState.Added)
            return false;
        db.Record(new PolicySettingChanged(key, definition.Label, setting.Value, value, reason));
        setting.Value = value;
        setting.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }
}
