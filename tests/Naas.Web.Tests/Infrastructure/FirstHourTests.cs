using System.Net;
using System.Text.RegularExpressions;
using Naas.Data.Seed;
using Naas.Web.Features;

namespace Naas.Web.Tests.Infrastructure;

/// <summary>What a person meets in their first hour (issue 13): every role lands on its own work, and the words
/// on every page it can reach are words, not the code's names for things.</summary>
public partial class FirstHourTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    public static TheoryData<string, string> Landings =>
        new()
        {
            { DemoData.AdminEmail, AdministrationLinks.Admin() },
            { DemoData.LeedsLeadEmail, WorkforceLinks.EmployerWorkforce() },
            { DemoData.SocialWorkerEmail, EligibilityLinks.Me() },
            { DemoData.AuthorEmail, ItemBankLinks.AuthorItems() },
            { DemoData.InvigilatorEmail, KnowledgeTestLinks.Invigilator() },
            { "panellist1@naas.example", StandardSettingLinks.Panel() },
            { "independent.reviewer@naas.example", ReviewsLinks.Reviewer() },
            { "observer@naas.example", MarkingLinks.Marker() },
        };

    [Theory, MemberData(nameof(Landings))]
    public async Task Every_role_lands_on_its_own_work_after_signing_in(string email, string home)
    {
        var client = app.Browser();
        await client.SignInAsync(email);
        var first = await client.GetAsync(HomeLinks.Home());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(home, first.Headers.Location?.OriginalString);
        var html = await client.GetStringAsync(home);
        // The menu marks the page a person is on for assistive technology, and the home page's sign-in button is gone.
        Assert.Matches(
            $"<a class=\"govuk-service-navigation__link\" href=\"{Regex.Escape(home)}\" aria-current=\"page\">",
            html
        );
        Assert.DoesNotContain("govuk-button--start", html);
    }

    [Fact]
    public async Task The_home_page_links_to_the_public_check_and_every_page_has_the_service_footer_and_feedback_link()
    {
        var html = await app.Browser().GetStringAsync(HomeLinks.Home());
        Assert.Contains("href=\"/check\" id=\"check-link\"", html);
        foreach (
            var (href, text) in new[]
            {
                (InfoLinks.Accessibility(), "Accessibility statement"),
                (InfoLinks.Cookies(), "Cookies"),
                (InfoLinks.Privacy(), "Privacy notice"),
                (InfoLinks.Contact(), "Contact"),
            }
        )
        {
            Assert.Contains($"<a class=\"govuk-footer__link\" href=\"{href}\">{text}</a>", html);
            var page = await app.Browser().GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        Assert.Matches(
            "govuk-phase-banner__text\">.*<a class=\"govuk-link\" href=\"/feedback\\?from=%2F\">give your feedback</a>",
            html
        );
    }

    [Fact]
    public async Task Feedback_reaches_the_programme_and_an_empty_form_says_what_is_missing()
    {
        var client = app.Browser();
        var empty = await client.PostFormAsync(
            InfoLinks.Feedback(),
            Http.F(("Text", ""), ("ReplyTo", "not-an-email"), ("From", PublicCheckLinks.Check()))
        );
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#Text\">Enter your feedback", html);
        Assert.Contains("href=\"#ReplyTo\">Enter an email address in the correct format", html);
        Assert.Contains("value=\"not-an-email\"", html);

        var sent = await client.PostFormAsync(
            InfoLinks.Feedback(),
            Http.F(("Text", "The check page needs a print button"), ("ReplyTo", ""), ("From", PublicCheckLinks.Check()))
        );
        Assert.Contains("Thank you for your feedback", await sent.Content.ReadAsStringAsync());
        using var db = app.Db();
        Assert.Contains(
            db.OutboxMessages,
            m =>
                m.Subject.StartsWith("Feedback on")
                && m.Body.Contains("The check page needs a print button")
                && m.Body.Contains("Page: /check")
        );
    }

    [Fact]
    public async Task Password_reset_by_email_works_once_and_says_the_same_for_an_address_with_no_account()
    {
        var client = app.Browser();
        var nobody = await client.PostFormAsync(
            AccountLinks.ForgotPassword(),
            Http.F(("Email", "nobody@nowhere.example"))
        );
        var nobodyHtml = await nobody.Content.ReadAsStringAsync();
        var somebody = await client.PostFormAsync(
            AccountLinks.ForgotPassword(),
            Http.F(("Email", "tom.hughes@leeds.example"))
        );
        var somebodyHtml = await somebody.Content.ReadAsStringAsync();
        Assert.Contains("Check your email", nobodyHtml);
        Assert.Equal(
            nobodyHtml.Replace("nobody@nowhere.example", "X"),
            somebodyHtml.Replace("tom.hughes@leeds.example", "X")
        );

        string link;
        using (var db = app.Db())
        {
            Assert.DoesNotContain(db.OutboxMessages, m => m.Recipient == "nobody@nowhere.example");
            var mail = db
                .OutboxMessages.Where(m =>
                    m.Recipient == "tom.hughes@leeds.example" && m.Subject.StartsWith("Reset your password")
                )
                .ToList()
                .Single();
            link = ResetLink().Match(mail.Body).Groups[1].Value;
        }
        Assert.Contains("Choose a new password", await client.GetStringAsync(link));
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        var fields = new[] { ("user", query["user"]!), ("token", query["token"]!) };
        var mismatch = await client.PostFormAsync(
            link,
            Http.F([.. fields, ("Input.Password", "New-password-12"), ("Input.ConfirmPassword", "Other-password-12")])
        );
        Assert.Contains(
            "href=\"#Input_ConfirmPassword\">Passwords must match",
            await mismatch.Content.ReadAsStringAsync()
        );
        var done = await client.PostFormAsync(
            link,
            Http.F([.. fields, ("Input.Password", "New-password-12"), ("Input.ConfirmPassword", "New-password-12")])
        );
        Assert.Contains("Your password has been changed", await done.Content.ReadAsStringAsync());

        // The link works once: the password change moved the security stamp the token is tied to.
        Assert.Contains("This link cannot be used", await client.GetStringAsync(link));
        var fresh = app.Browser();
        await fresh.SignInAsync("tom.hughes@leeds.example", "New-password-12");
    }

    [GeneratedRegex(@"https?://[^/\s]+(/account/reset-password\?\S+)")]
    private static partial Regex ResetLink();

    // ---- The words on the pages ----

    /// <summary>Names from the code that a person must never read: every multi-word enum member in the domain,
    /// the assessment model's element kinds, and the lower-case codes the API uses.</summary>
    private static readonly HashSet<string> CodeNames = typeof(Naas.Domain.Workforce.StatusLevel)
        .Assembly.GetTypes()
        .Where(t => t.IsEnum)
        .SelectMany(Enum.GetNames)
        .Where(n => CamelHump().IsMatch(n))
        .Concat([
            "SimulatedObservation",
            "LeaderAssessmentDay",
            "KnowledgeTest",
            "WrittenExercise",
            "ReflectiveLog",
            "RetakeWhole",
            "RetakeElement",
            "asye",
        ])
        .ToHashSet();

    [GeneratedRegex("[a-z][A-Z]")]
    private static partial Regex CamelHump();

    [GeneratedRegex(@"<(script|style|code|textarea)[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(
        @"\b1 (organisations|questions|settings|requests|items|people|elements|results|minutes|days|months|years|attempts|candidates|answers|reviews|assessments|cases|panellists)\b"
    )]
    private static partial Regex OneAndPlural();

    [GeneratedRegex("href=\"(/[^\"#]*)\"")]
    private static partial Regex Links();

    [GeneratedRegex("<form [^>]*method=\"post\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostForms();

    private static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " "));

    public static TheoryData<string> Everyone =>
        new()
        {
            DemoData.AdminEmail,
            DemoData.LeedsLeadEmail,
            DemoData.AgencyLeadEmail,
            DemoData.SocialWorkerEmail,
            DemoData.AuthorEmail,
            DemoData.InvigilatorEmail,
            "panellist1@naas.example",
            "independent.reviewer@naas.example",
            "observer@naas.example",
            "",
        };

    /// <summary>Follows every link a role can reach from where it lands (up to 150 pages), as a person clicking
    /// through would, and reads the words on each page.</summary>
    [Theory, MemberData(nameof(Everyone))]
    public async Task No_page_a_role_can_reach_shows_the_codes_names_for_things(string email)
    {
        var client = app.Browser();
        if (email.Length > 0)
            await client.SignInAsync(email);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>([HomeLinks.Home(), PublicCheckLinks.Check()]);
        var problems = new List<string>();
        while (queue.Count > 0 && seen.Count < 150)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
                continue;
            var response = await client.GetAsync(url);
            if (
                response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString is { } to
                && to.StartsWith('/')
            )
            {
                queue.Enqueue(to);
                continue;
            }
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var html = await response.Content.ReadAsStringAsync();
            var text = VisibleText(html);
            foreach (var name in CodeNames.Where(n => Regex.IsMatch(text, $@"(?<![\w/.-]){n}(?![\w/.-])")))
                problems.Add($"{url}: \"{name}\"");
            foreach (Match m in OneAndPlural().Matches(text))
                problems.Add($"{url}: \"{m.Value}\"");
            // Every form that posts carries its antiforgery token (a form with its own action gets none by default).
            foreach (Match form in PostForms().Matches(html))
                if (!form.Value.Contains("__RequestVerificationToken"))
                    problems.Add(
                        $"{url}: a form posting to {Regex.Match(form.Value, "action=\"([^\"]*)\"").Groups[1].Value} has no antiforgery token"
                    );
            if ((email == DemoData.SocialWorkerEmail || email.Length == 0) && text.Contains('¶'))
                problems.Add($"{url}: a paragraph mark (¶) in text for a social worker or the public");
            foreach (Match m in Links().Matches(html))
            {
                var link = WebUtility.HtmlDecode(m.Groups[1].Value);
                if (
                    link.StartsWith("/api")
                    || link.StartsWith(AccountLinks.SignOut())
                    || link.Contains("handler=")
                    || link.StartsWith("/media")
                    || link.StartsWith("/lib/")
                    || link.StartsWith("/assets/")
                    || link.StartsWith("/css/")
                    || link.StartsWith("/js/")
                    || link.EndsWith(".pdf")
                    || link.EndsWith(".json")
                    || link.Contains("/download")
                    || link.Contains("/export")
                    || link.Contains("/template")
                )
                    continue;
                queue.Enqueue(link);
            }
        }
        Assert.True(problems.Count == 0, "Code names on pages:\n" + string.Join("\n", problems.Distinct()));
    }
}
