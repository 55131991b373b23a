using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Web.Features;
using Naas.Web.Infrastructure;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>Issue 12, finding 7: the headers every response carries, cookies over HTTPS, a lockout that reveals
/// nothing, and abandoned journeys cleared.</summary>
public partial class HardeningTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task Every_page_forbids_inline_script_and_style_and_the_pages_have_none_to_forbid()
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        foreach (
            var url in new[]
            {
                HomeLinks.Home(),
                PublicCheckLinks.Check(),
                AdministrationLinks.AdminAudit(),
                ResultsLinks.Admin(),
                AccountLinks.SignIn(),
            }
        )
        {
            var response = await admin.GetAsync(url);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("style-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotContain(" style=\"", html);
        }
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();

    [Fact]
    public async Task Over_https_the_session_and_antiforgery_cookies_are_secure_and_hsts_is_sent()
    {
        var client = app.CreateClient(
            new WebApplicationFactoryClientOptions
            {
                BaseAddress = new Uri("https://naas.example"),
                AllowAutoRedirect = false,
                HandleCookies = true,
            }
        );
        var page = await client.GetAsync(AccountLinks.SignIn());
        Assert.Contains("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.All(
            page.Headers.GetValues("Set-Cookie"),
            c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase)
        );
        var token = Regex
            .Match(
                await page.Content.ReadAsStringAsync(),
                "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\""
            )
            .Groups[1]
            .Value;
        var signIn = await client.PostAsync(
            AccountLinks.SignIn(),
            new FormUrlEncodedContent(
                Http.F(
                    ("Input.Email", DemoData.AdminEmail),
                    ("Input.Password", DemoData.Password),
                    ("__RequestVerificationToken", token)
                )
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("naas="));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        // Over plain HTTP (development on localhost) no HSTS is sent: it would lock the browser out of the service.
        Assert.False(
            (await app.Browser().GetAsync(AccountLinks.SignIn())).Headers.Contains("Strict-Transport-Security")
        );
    }

    [Fact]
    public async Task A_locked_account_reads_exactly_like_a_wrong_password_so_nobody_learns_it_exists()
    {
        async Task<string> TryAsync(string email, string password)
        {
            var c = app.Browser();
            var r = await c.PostFormAsync(
                AccountLinks.SignIn(),
                Http.F(("Input.Email", email), ("Input.Password", password))
            );
            var html = WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
            return Regex.Match(html, "govuk-error-summary__list\">(.*?)</ul>").Groups[1].Value;
        }
        for (var i = 0; i < 5; i++)
            await TryAsync("tom.hughes@leeds.example", "wrong password");
        var locked = await TryAsync("tom.hughes@leeds.example", DemoData.Password); // the right password, while locked out
        var nobody = await TryAsync("nobody.at.all@leeds.example", "wrong password");
        Assert.Contains("The email address or password is not right", locked);
        Assert.Equal(nobody, locked);
        await using var db = app.Db();
        Assert.NotNull((await db.Users.SingleAsync(u => u.Email == "tom.hughes@leeds.example")).LockoutEnd); // it is locked, all the same
    }

    [Fact]
    public async Task Journeys_and_import_previews_left_for_longer_than_the_keeping_time_are_cleared()
    {
        await using var db = app.Db();
        var user = await db.Users.Where(u => u.Email == DemoData.LeedsLeadEmail).Select(u => u.Id).SingleAsync();
        var stale = new JourneyState
        {
            Kind = "workforce-import",
            UserId = user,
            Payload = "[]",
            CreatedAt = app.Clock.GetUtcNow().AddHours(-73),
        };
        var fresh = new JourneyState
        {
            Kind = "workforce-import",
            UserId = user,
            Payload = "[]",
            CreatedAt = app.Clock.GetUtcNow().AddHours(-1),
        };
        db.JourneyStates.AddRange(stale, fresh);
        await db.SaveChangesAsync();
        Assert.True(await db.ClearAbandonedJourneysAsync(app.Clock, TimeSpan.FromHours(72), default) >= 1);
        Assert.False(await db.JourneyStates.AnyAsync(j => j.Id == stale.Id));
        Assert.True(await db.JourneyStates.AnyAsync(j => j.Id == fresh.Id));
    }
}
