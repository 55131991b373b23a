using Microsoft.AspNetCore.Mvc;
using Naas.Domain.Eligibility;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.Administration.Admin;

public class SettingsModel(PolicyStore policies) : NaasPage
{
    public sealed class Row
    {
        public string Key { get; set; } = "";
        public string Label { get; set; } = "";
        public string Unit { get; set; } = "months";
        public string? Value { get; set; }
        public bool IsYesNo => Unit == PolicySettingDefinition.YesNo;
    }

    public static readonly IReadOnlyList<Naas.Web.Infrastructure.GovUk.Choice> YesNo =
    [
        new("1", "Yes"),
        new("0", "No"),
    ];

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var values = (await policies.CurrentAsync(ct)).ToValues();
        Rows = EligibilityPolicy
            .Settings.Select(s => new Row
            {
                Key = s.Key,
                Label = $"{s.Label} ({s.Paragraph})",
                Unit = s.Unit,
                Value = values[s.Key].ToString(),
            })
            .ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var known = EligibilityPolicy.Settings.ToDictionary(s => s.Key);
        if (Rows.Count != known.Count || Rows.Any(r => !known.ContainsKey(r.Key)))
            return BadRequest();
        var parsed = new Dictionary<string, int>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            (r.Label, r.Unit) = ($"{known[r.Key].Label} ({known[r.Key].Paragraph})", known[r.Key].Unit);
            var d = known[r.Key];
            if (d.IsYesNo && r.Value is not ("1" or "0"))
                ModelState.AddModelError($"Rows[{i}].Value", $"Select yes or no for: {d.Label.ToLowerInvariant()}");
            else if (!int.TryParse(r.Value, out var v))
                ModelState.AddModelError(
                    $"Rows[{i}].Value",
                    $"Enter a whole number of {d.Unit} for: {d.Label.ToLowerInvariant()}"
                );
            else if (v < d.Min || v > d.Max)
                ModelState.AddModelError(
                    $"Rows[{i}].Value",
                    $"{char.ToUpperInvariant(d.Unit[0])}{d.Unit[1..]} must be between {d.Min} and {d.Max} for: {d.Label.ToLowerInvariant()}"
                );
            else
                parsed[r.Key] = v;
        }
        if (string.IsNullOrWhiteSpace(Reason))
            ModelState.AddModelError(nameof(Reason), "Enter the reason for the change");
        if (!ModelState.IsValid)
            return Page();
        var changed = 0;
        foreach (var (key, value) in parsed)
            if (await policies.ChangeAsync(key, value, Reason!.Trim(), ct))
                changed++;
        Success(
            changed switch
            {
                0 => "Nothing was changed.",
                1 => "1 setting changed.",
                _ => $"{changed} settings changed.",
            }
        );
        return RedirectToPage();
    }
}
