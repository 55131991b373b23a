using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Results;
using Naas.Web.Features;
using Naas.Web.Infrastructure;

namespace Naas.Web.Tests.Reports;

/// <summary>Reports read from a streaming replica when one is configured, and the service keeps serving them when it
/// is gone (issue 17, item 7). The "replica" here is a second database of the same cluster holding different data, so
/// that a page shows which one it was read from; the fault script tries a real streaming replica.</summary>
public class ReportReplicaTests
{
    private sealed class WithReplica(string replica) : NaasFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:NaasReports", replica);
        }
    }

    private static string Page(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task Pass_rates_and_the_employer_summary_come_from_the_replica_and_from_the_primary_while_it_is_gone()
    {
        await using var replica = new NaasFactory();
        _ = replica.Services; // migrated and seeded, like the primary
        // A release that only the replica holds.
        await using (var db = replica.Db())
        {
            var leeds = await db.Organisations.SingleAsync(o => o.Name == Arrange.Employer);
            var person = new SocialWorker
            {
                GivenName = "Only",
                FamilyName = "OnTheReplica",
                RegistrationNumber = "SWR00001",
                Email = "replica@example.org",
            };
            var e = Arrange.Endorsement(person.Id, leeds.Id, EndorsementState.Agreed, replica.Clock.GetUtcNow());
            db.AddRange(
                person,
                e,
                new ResultRelease
                {
                    EndorsementId = e.Id,
                    SocialWorkerId = person.Id,
                    Outcome = OutcomeKind.Accredited,
                    ReleasedAt = replica.Clock.GetUtcNow(),
                    ReleasedBy = "Programme",
                }
            );
            db.Record(new ArrangedOutsideTheService("ResultRelease", null, "Arranged", "A release on the replica"));
            await db.SaveChangesAsync();
        }

        await using var app = new WithReplica(replica.ConnectionString);
        var analyst = app.Browser();
        await analyst.SignInAsync(DemoData.AnalystEmail);
        var fromReplica = Page(await analyst.GetStringAsync($"{FairnessLinks.PassRates()}?grouping=Age"));
        Assert.DoesNotContain("No results have been released yet.", fromReplica);
        Assert.True(app.Services.GetRequiredService<ReportReplica>().InUse);

        await using (await replica.RefuseConnectionsAsync())
        {
            // The replica gone: the report is served from the primary, which has released nothing, with no error.
            var answer = await analyst.GetAsync($"{FairnessLinks.PassRates()}?grouping=Age");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("No results have been released yet.", Page(await answer.Content.ReadAsStringAsync()));
            // It is left alone for a while (the next report does not wait on it), then tried again: still gone, the
            // employer's summary is served from the primary too.
            Assert.False(app.Services.GetRequiredService<ReportReplica>().InUse);
            app.Clock.Advance(TimeSpan.FromSeconds(31));
            Assert.True(app.Services.GetRequiredService<ReportReplica>().InUse);
            var employer = app.Browser();
            await employer.SignInAsync(DemoData.LeedsLeadEmail);
            var summary = await employer.GetAsync(ResultsLinks.Employer());
            Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
            Assert.False(app.Services.GetRequiredService<ReportReplica>().InUse);
        }

        // Back after the retry interval (30 s by default), the replica is read again.
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.True(app.Services.GetRequiredService<ReportReplica>().InUse);
        Assert.DoesNotContain(
            "No results have been released yet.",
            Page(await analyst.GetStringAsync($"{FairnessLinks.PassRates()}?grouping=Age"))
        );
    }
}
