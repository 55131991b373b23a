using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Naas.Data;
using Naas.Data.Entities;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.ItemBank.Author.Cases;

[
    RequestSizeLimit(CaseService.MaxMediaBytes + 1024 * 1024),
    RequestFormLimits(MultipartBodyLengthLimit = CaseService.MaxMediaBytes + 1024 * 1024),
    UploadLimit(CaseService.MaxMediaBytes)
]
public class CaseModel(NaasDbContext db, CaseService cases) : NaasPage
{
    protected override string UploadField => "Media";

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    public CaseDraft Draft { get; set; } = new();
    public KnowledgeCase? Case { get; private set; }
    public List<string> Questions { get; private set; } = [];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Id is null)
            return true;
        Case = await db.KnowledgeCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Id, ct);
        if (Case is null)
            return false;
        Questions = await db
            .KnowledgeItemVersions.Where(v => v.CaseId == Id)
            .Select(v => v.Item!.Reference + " v" + v.Version)
            .OrderBy(r => r)
            .ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (Case is not null)
            Draft = new CaseDraft
            {
                Title = Case.Title,
                Text = Case.Text,
                Transcript = Case.Transcript,
                SoundtrackDescribesAll = Case.SoundtrackDescribesAll,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        [FromForm(Name = "Media")] IFormFile? media,
        [FromForm(Name = "Captions")] IFormFile? captions,
        [FromForm(Name = "Descriptions")] IFormFile? descriptions,
        CancellationToken ct
    )
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var (saved, problems) = await cases.SaveAsync(Id, Draft, media, captions, ct, descriptions, UserId);
        if (saved is null)
        {
            foreach (var (field, message) in problems)
                ModelState.AddModelError(
                    field is "" or "Media" or "Captions" or "Descriptions" ? field : $"{nameof(Draft)}.{field}",
                    message
                );
            return Page();
        }
        Success($"{saved.Reference} saved. Give its reference to each question on this case.");
        return Redirect(ItemBankLinks.AuthorCasesEdit(saved.Id));
    }
}
