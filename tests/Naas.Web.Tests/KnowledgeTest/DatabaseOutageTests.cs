using System.Net;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.KnowledgeTest;

/// <summary>PostgreSQL out of reach for a moment (restarting, failing over) in the middle of a test (issue 17, item
/// 3): a candidate sees a plain "we could not save your answer just now", never an error page, autosave is told 503
/// so that its script tries again by itself, and once the database is back the same save lands without restarting
/// the service. The fault script (bench/faults.sh) restarts a real cluster under load; this checks the words.</summary>
public class DatabaseOutageTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task While_the_database_cannot_be_reached_a_candidate_is_told_plainly_and_the_same_save_lands_after()
    {
        var client = app.Browser();
        await client.SignInAsync(DemoData.SocialWorkerEmail);
        Guid attempt;
        await using (var db = app.Db())
        {
            var blueprint = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
            var start = await client.PostFormAsync(
                $"{KnowledgeTestLinks.Me()}?blueprintId={blueprint}",
                [],
                KnowledgeTestLinks.Me()
            );
            attempt = Guid.Parse(start.Headers.Location!.OriginalString.Split('/')[3]);
        }
        var question = KnowledgeTestLinks.MeQuestion(attempt, 1);
        // The page was open before the database went away: its form and token are in the candidate's browser.
        var token = await client.TokenAsync(question);
        FormUrlEncodedContent Answer() =>
            new([new("o", "0"), new("go", "next"), new("__RequestVerificationToken", token)]);

        await using (await app.RefuseConnectionsAsync())
        {
            // Without JavaScript: the page's own save.
            var page = await client.PostAsync(question, Answer());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal("10", page.Headers.GetValues("Retry-After").Single());
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("We could not save your answer just now", html);
            Assert.Contains("Nothing you saved before has been lost", html);
            Assert.DoesNotContain("Sorry, there is a problem with the service", html);

            // With it: autosave is answered 503, which test.js tries again by itself.
            var autosave = await client.PostAsync(KnowledgeTestLinks.MeAutosave(attempt, 1), Answer());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, autosave.StatusCode);

            // Any other page says the service is unavailable for a moment, not that it has a problem.
            var other = await client.GetAsync(KnowledgeTestLinks.Me());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, other.StatusCode);
            Assert.Contains("Sorry, the service is unavailable for a moment", await other.Content.ReadAsStringAsync());
        }

        // Back by itself: the same form, posted again, saves and moves on.
        var again = await client.PostAsync(question, Answer());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(KnowledgeTestLinks.MeQuestion(attempt, 2), again.Headers.Location!.OriginalString);
        await using (var db = app.Db())
            Assert.NotEmpty(
                (await db.KnowledgeAnswers.SingleAsync(a => a.AttemptId == attempt && a.Position == 1)).Response
            );
    }

    [Fact]
    public async Task A_deadlock_is_the_database_busy_not_out_of_reach_and_a_refused_connection_is_out_of_reach()
    {
        // Real errors from the server, each with the SQLSTATE PostgreSQL gives it.
        static async Task<Exception> Raised(string connection, string sql)
        {
            await using var c = new Npgsql.NpgsqlConnection(connection);
            try
            {
                await c.OpenAsync();
                await new Npgsql.NpgsqlCommand(sql, c).ExecuteNonQueryAsync();
            }
            catch (Exception e)
            {
                return e;
            }
            throw new Xunit.Sdk.XunitException($"{sql} did not fail");
        }
        foreach (var state in new[] { "40P01", "40001" })
        {
            var busy = await Raised(
                app.ConnectionString,
                $"DO $$ BEGIN RAISE EXCEPTION 'busy' USING ERRCODE = '{state}'; END $$"
            );
            Assert.True(Naas.Web.Infrastructure.DatabaseUnavailable.IsBusy(busy), state);
            // Not a lost connection: the pool is not emptied for it, and the page does not say the service is down.
            Assert.False(Naas.Web.Infrastructure.DatabaseUnavailable.Is(busy), state);
            Assert.Equal(503, Naas.Web.Infrastructure.DatabaseUnavailable.StatusCode(busy));
        }
        var terminated = await Raised(app.ConnectionString, "SELECT pg_terminate_backend(pg_backend_pid())");
        Assert.True(Naas.Web.Infrastructure.DatabaseUnavailable.Is(terminated));
        var other = await Raised(app.ConnectionString, "SELECT 1/0");
        Assert.False(Naas.Web.Infrastructure.DatabaseUnavailable.Is(other));
        Assert.False(Naas.Web.Infrastructure.DatabaseUnavailable.IsBusy(other));
        Assert.Equal(500, Naas.Web.Infrastructure.DatabaseUnavailable.StatusCode(other));
        await using (await app.RefuseConnectionsAsync())
        {
            var refused = await Raised(app.ConnectionString, "SELECT 1");
            Assert.True(Naas.Web.Infrastructure.DatabaseUnavailable.Is(refused));
        }
    }
}
