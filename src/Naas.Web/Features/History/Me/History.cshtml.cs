using Microsoft.AspNetCore.Mvc;
using Naas.Web.Infrastructure;

namespace Naas.Web.Features.History.Me;

/// <summary>A social worker's own history in plain words: what they, their employers and the programme did about
/// their record, endorsements, tests, results and accreditation. Nothing that would tell a mark before
/// release.</summary>
public class HistoryModel(HistoryReader history) : NaasPage
{
    public List<(DateTimeOffset At, string Words)> Entries { get; private set; } = [];

    /// <summary>Which page, newest first; anything that is not a page number reads as the first.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;
    public bool Older { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        (Entries, Older) = await history.OwnAsync(
            Scope.SocialWorkerId ?? throw new InvalidOperationException("No social worker on this account."),
            PageNumber,
            ct
        );
    }
}
