using Microsoft.AspNetCore.Mvc;
using Naas.Data;
using Naas.Web.Features.Workforce;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Info;

// Posts share the sign-in limit per address, so the form cannot be used to flood the programme's inbox.
/// <summary>The phase banner's feedback form. It reaches the programme as an email through the outbox; it asks
/// for no name, and a reply address only if the person wants a reply.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting("sign-in")]
public class FeedbackModel(NaasDbContext db, TimeProvider clock, IConfiguration config) : NaasPage
{
    public const int MaxLength = 1200;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? ReplyTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Text))
            ModelState.AddModelError(nameof(Text), "Enter your feedback");
        else if (Text.Length > MaxLength)
            ModelState.AddModelError(nameof(Text), $"Your feedback must be {MaxLength:N0} characters or fewer");
        if (!string.IsNullOrWhiteSpace(ReplyTo) && !PersonInput.IsEmail(ReplyTo))
            ModelState.AddModelError(
                nameof(ReplyTo),
                "Enter an email address in the correct format, like name@example.com, or leave it empty"
            );
        if (!ModelState.IsValid)
            return Page();
        var page = Url.IsLocalUrl(From) ? From : "(not given)";
        db.Email(
            clock,
            config["Service:FeedbackEmail"] ?? "feedback@naas.example",
            "Feedback on the National Assessment and Accreditation System",
            $"Page: {page}\nReply to: {(string.IsNullOrWhiteSpace(ReplyTo) ? "(no reply wanted)" : ReplyTo.Trim())}\n\n{Text!.Trim()}"
        );
        await db.SaveChangesAsync();
        Sent = true;
        return Page();
    }
}
