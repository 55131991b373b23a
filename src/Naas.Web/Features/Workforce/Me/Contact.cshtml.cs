using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Workforce.Me;

public class ContactModel(NaasDbContext db) : NaasPage
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var p = await db.SocialWorkers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == User.SocialWorkerId(), ct);
        if (p is null)
            return NotFound();
        (Email, Phone) = (p.Email, p.Phone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var p = await db.SocialWorkers.SingleOrDefaultAsync(x => x.Id == User.SocialWorkerId(), ct);
        if (p is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Email))
            ModelState.AddModelError(nameof(Email), "Enter your email address");
        else if (!PersonInput.IsEmail(Email))
            ModelState.AddModelError(
                nameof(Email),
                "Enter an email address in the correct format, like name@example.com"
            );
        var phone = Phone?.Trim();
        if (
            !string.IsNullOrEmpty(phone)
            && (phone.Length > 30 || !phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))
        )
            ModelState.AddModelError(nameof(Phone), "Enter a phone number, like 01632 960 001 or +44 808 157 0192");
        if (!ModelState.IsValid)
            return Page();
        var changes = new List<string>();
        if (p.Email != Email!.Trim())
        {
            p.Email = Email.Trim();
            changes.Add("email");
        }
        if (p.Phone != (string.IsNullOrEmpty(phone) ? null : phone))
        {
            p.Phone = string.IsNullOrEmpty(phone) ? null : phone;
            changes.Add("phone");
        }
        if (changes.Count > 0)
        {
            db.Record(new ContactChanged(p.Id, p.FullName, changes));
            await db.SaveChangesAsync(ct);
        }
        Success("Your contact details have been saved.");
        return Redirect(EligibilityLinks.Me());
    }
}
