using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Api.Employer;

public class ApiKeysModel(NaasDbContext db, TimeProvider clock) : NaasPage
{
    [BindProperty]
    public string? Name { get; set; }
    public List<ApiCredential> Keys { get; private set; } = [];
    public string? NewKey { get; private set; }

    private async Task LoadAsync(CancellationToken ct) =>
        Keys = await db
            .ApiCredentials.AsNoTracking()
            .Where(k => k.OrganisationId == OrganisationId)
            .OrderByDescending(k => k.CreatedAt)
            .ToListAsync(ct);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Enter a name for the key");
        else if (Name.Length > 100)
            ModelState.AddModelError(nameof(Name), "Name must be 100 characters or fewer");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var (key, prefix, hash) = ApiKeys.Create();
        var credential = new ApiCredential
        {
            OrganisationId = OrganisationId,
            Name = Name!.Trim(),
            Prefix = prefix,
            SecretHash = hash,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiCredentials.Add(credential);
        db.Record(new ApiKeyCreated(credential.Id, credential.Name, credential.Prefix));
        await db.SaveChangesAsync(ct);
        NewKey = key;
        Name = null;
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var k = await db.ApiCredentials.SingleOrDefaultAsync(x => x.Id == id && x.OrganisationId == OrganisationId, ct);
        if (k is null)
            return NotFound();
        k.RevokedAt = clock.GetUtcNow();
        db.Record(new ApiKeyRevoked(k.Id, k.Name));
        await db.SaveChangesAsync(ct);
        Success($"The key \"{k.Name}\" has been revoked.");
        return RedirectToPage();
    }
}
