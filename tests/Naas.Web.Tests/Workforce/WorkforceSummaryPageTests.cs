using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Workforce;

/// <summary>The employer's workforce summary counts what its words say (issue 12, finding 6: no test read these
/// numbers).</summary>
public class WorkforceSummaryPageTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task The_summary_counts_who_is_eligible_to_put_forward_and_who_is_past_their_put_forward_date_para61_para63()
    {
        var leeds = app.Browser();
        await leeds.SignInAsync(DemoData.LeedsLeadEmail);
        var page = await leeds.GetStringAsync(WorkforceLinks.EmployerWorkforce());
        // Amara (ASYE served, not yet endorsed) and Daniel (moved from other social work 18 months ago) are eligible;
        // Daniel's put-forward date has passed. Tom and Priya are not eligible yet; Ruth already holds her status.
        Assert.Contains("id=\"summary-eligible\">2<", page);
        Assert.Contains("id=\"summary-overdue\">1<", page);
    }
}
