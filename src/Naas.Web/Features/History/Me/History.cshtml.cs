using Naas.Web.Infrastructure;

namespace Naas.Web.Features.History.Me;

/// <summary>A social worker's own history in plain words: what they, their employers and the programme did about
/// their record, endorsements, tests, results and accreditation. Nothing that would tell a mark before
/// release.</summary>
public class HistoryModel(HistoryReader history) : NaasPage
{
    public List<(DateTimeOffset At, string Words)> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await history.OwnAsync(
            Scope.SocialWorkerId ?? throw new InvalidOperationException("No social worker on this account."),
            ct
        );
}
