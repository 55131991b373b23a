using Microsoft.AspNetCore.Mvc;
using Naas.Domain.Eligibility;
using Naas.Web.Features.Admin;
using Naas.Web.Infrastructure;

namespace Naas.Web.Pages.Admin;

public class SettingsModel(PolicyStore policies) : NaasPage
{
    public sealed class Row { public string Key { get; set; } = ""; public string Label { get; set; } = ""; public string? Value { get; set; } }
    [BindProperty] public List<Row> Rows { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var values = (await policies.CurrentAsync(ct)).ToValues();
        Rows = EligibilityPolicy.Settings.Select(s => new Row { Key = s.Key, Label = $"{s.Label} ({s.Paragraph})", Value = values[s.Key].ToString() }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var known = EligibilityPolicy.Settings.ToDictionary(s => s.Key);
        if (Rows.Count != known.Count || Rows.Any(r => !known.ContainsKey(r.Key))) return BadRequest();
        var parsed = new Dictionary<string, int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            r.Label = $"{known[r.Key].Label} ({known[r.Key].Paragraph})";
            if (!int.TryParse(r.Value, out var v)) ModelState.AddModelError($"Rows[{i}].Value", $"Enter a whole number of months for: {known[r.Key].Label.ToLowerInvariant()}");
            else if (v is < 1 or > 60) ModelState.AddModelError($"Rows[{i}].Value", "Months must be between 1 and 60");
            else parsed[r.Key] = v;
        }
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter the reason for the change");
        if (!ModelState.IsValid) return Page();
        var changed = 0;
        foreach (var (key, value) in parsed)
            if (await policies.ChangeAsync(key, value, Reason!.Trim(), ct)) changed++;
        Success(changed == 0 ? "Nothing was changed." : $"{changed} settings changed.");
        return RedirectToPage();
    }
}
