using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.ItemBank;
using Naas.Web.Features;

namespace Naas.Web.Tests.KnowledgeTest;

/// <summary>Sitting the knowledge test (issue 3): own form, answers saved as given, resume after closing the
/// browser with an honest clock, time-out ends with what was saved, the key never reaches the page.</summary>
public class KnowledgeTestTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private async Task<(HttpClient Client, Guid Attempt)> StartAsync(string email)
    {
        var client = app.Browser();
        await client.SignInAsync(email);
        await using var db = app.Db();
        var blueprint = await db.KnowledgeBlueprints.Where(b => b.IsPractice).Select(b => b.Id).SingleAsync();
        var start = await client.PostFormAsync(
            $"{KnowledgeTestLinks.Me()}?blueprintId={blueprint}",
            [],
            KnowledgeTestLinks.Me()
        );
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var url = start.Headers.Location!.OriginalString;
        return (client, Guid.Parse(url.Split('/')[3]));
    }

    /// <summary>The form fields that answer a question exactly right, built from its key as a candidate who knew
    /// would.</summary>
    private static IEnumerable<KeyValuePair<string, string>> RightAnswer(KnowledgeItemVersion v)
    {
        var options = KnowledgeItemVersion.Lines(v.Options);
        var key = KnowledgeItemVersion.Lines(v.Key);
        return v.Type == ItemType.MultiPart
            ? options.Select((o, i) => new KeyValuePair<string, string>($"s{i}", key.Contains(o) ? "true" : "false"))
            : key.Select(k => new KeyValuePair<string, string>("o", options.ToList().IndexOf(k).ToString()));
    }

    private async Task<KnowledgeItemVersion> ItemAtAsync(Guid attempt, int position)
    {
        await using var db = app.Db();
        var a = await db.KnowledgeAttempts.SingleAsync(x => x.Id == attempt);
        return await db.KnowledgeItemVersions.SingleAsync(v => v.Id == a.Items[position - 1]);
    }

    [Fact]
    public async Task A_candidate_answers_closes_the_browser_resumes_with_every_answer_and_an_honest_clock_then_submits()
    {
        var (client, attempt) = await StartAsync(DemoData.SocialWorkerEmail);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, 1)));
        Assert.Contains("Question 1 of 5", page);
        Assert.Contains("id=\"time-text\">15 minutes 0 seconds<", page);
        await using (var db = app.Db())
            foreach (
                var rationale in await db
                    .KnowledgeItemVersions.Where(v => v.Rationale != null)
                    .Select(v => v.Rationale!)
                    .ToListAsync()
            )
                Assert.DoesNotContain(rationale, page); // feedback, and so the key, is not on a question page

        var first = await ItemAtAsync(attempt, 1);
        var saved = await client.PostFormAsync(
            KnowledgeTestLinks.MeQuestion(attempt, 1),
            RightAnswer(first).Append(new("go", "next")).Append(new("flag", "true"))
        );
        Assert.Equal(KnowledgeTestLinks.MeQuestion(attempt, 2), saved.Headers.Location!.OriginalString);

        // The browser closes; five minutes later the candidate signs in again somewhere else.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = app.Browser();
        await again.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Contains("Continue your test", await again.GetStringAsync(KnowledgeTestLinks.Me()));
        var resumed = WebUtility.HtmlDecode(await again.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, 1)));
        Assert.Contains("id=\"time-text\">10 minutes 0 seconds<", resumed);
        Assert.Contains("id=\"flag\" name=\"flag\" type=\"checkbox\" value=\"true\" checked", resumed);
        foreach (var field in RightAnswer(first))
            Assert.Contains(
                $"name=\"{field.Key}\" type=\"{(first.Type == ItemType.MultipleResponse ? "checkbox" : "radio")}\" value=\"{field.Value}\" checked",
                resumed
            );

        var check = WebUtility.HtmlDecode(await again.GetStringAsync(KnowledgeTestLinks.MeCheck(attempt)));
        Assert.Contains("You have not answered every question", check);
        var submitted = await again.PostFormAsync(KnowledgeTestLinks.MeCheck(attempt), []);
        Assert.Equal(KnowledgeTestLinks.MeResult(attempt), submitted.Headers.Location!.OriginalString);
        Assert.Contains(
            "You scored 1 out of 5",
            WebUtility.HtmlDecode(await again.GetStringAsync(KnowledgeTestLinks.MeResult(attempt)))
        );

        await using var after = app.Db();
        var a = await after.KnowledgeAttempts.SingleAsync(x => x.Id == attempt);
        Assert.Equal((1m, 5m, false), (a.Score!.Value, a.MaxScore!.Value, a.TimedOut));
        // Subscores by section and area: the first question's area has 1 of 1, the other four areas 0 of 1.
        var subscores = a.Subscores;
        Assert.Equal(5, subscores.Count);
        Assert.Equal((1m, 1m), subscores.Where(x => x.AreaId == first.AreaId).Select(x => (x.Score, x.Max)).Single());
        Assert.Equal(0m, subscores.Where(x => x.AreaId != first.AreaId).Sum(x => x.Score));
        Assert.NotNull((await after.KnowledgeItemVersions.SingleAsync(v => v.Id == first.Id)).FirstUsedAt); // never to change again
        Assert.True(await after.AuditEvents.AnyAsync(e => e.SubjectId == attempt && e.Action == "Submitted"));
        // After submission, nothing more can be saved.
        var late = await again.PostFormAsync(
            KnowledgeTestLinks.MeQuestion(attempt, 2),
            [new("o", "0"), new("go", "next")],
            KnowledgeTestLinks.MeResult(attempt)
        );
        Assert.Equal(KnowledgeTestLinks.MeResult(attempt), late.Headers.Location!.OriginalString);
        Assert.Null(await after.KnowledgeAnswers.SingleOrDefaultAsync(x => x.AttemptId == attempt && x.Position == 2));
    }

    [Fact]
    public async Task At_time_out_the_test_ends_with_what_was_saved_and_another_candidate_cannot_reach_it()
    {
        var (client, attempt) = await StartAsync("tom.hughes@leeds.example");
        var second = await ItemAtAsync(attempt, 2);
        await client.PostFormAsync(
            KnowledgeTestLinks.MeQuestion(attempt, 2),
            RightAnswer(second).Append(new("go", "next")),
            KnowledgeTestLinks.MeQuestion(attempt, 2)
        );

        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await amara.GetAsync(KnowledgeTestLinks.MeQuestion(attempt, 1))).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await amara.GetAsync(KnowledgeTestLinks.MeResult(attempt))).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(15).Add(TimeSpan.FromSeconds(1)));
        var after = await client.GetAsync(KnowledgeTestLinks.MeQuestion(attempt, 3));
        Assert.Equal(KnowledgeTestLinks.MeResult(attempt), after.Headers.Location!.OriginalString);
        Assert.Contains("Your time ran out", await client.GetStringAsync(KnowledgeTestLinks.MeResult(attempt)));
        await using var db = app.Db();
        var a = await db.KnowledgeAttempts.SingleAsync(x => x.Id == attempt);
        Assert.True(a.TimedOut);
        Assert.Equal(1m, a.Score);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == attempt && e.Action == "TimedOut"));
    }

    [Fact]
    public async Task Autosave_commits_an_answer_before_it_returns_and_is_refused_once_the_test_has_ended()
    {
        await using (var db = app.Db())
        {
            // A candidate of their own for this test, so the other tests' sittings do not interfere.
            var sean = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100006");
            var users = app.Services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            if (await users.FindByEmailAsync("sean.doyle@manchester.example") is null)
            {
                var u = new ApplicationUser
                {
                    UserName = "sean.doyle@manchester.example",
                    Email = "sean.doyle@manchester.example",
                    DisplayName = "Sean Doyle",
                    SocialWorkerId = sean.Id,
                };
                await users.CreateAsync(u, DemoData.Password);
                await users.AddToRoleAsync(u, Roles.SocialWorker);
            }
        }
        var (client, attempt) = await StartAsync("sean.doyle@manchester.example");
        var item = await ItemAtAsync(attempt, 3);
        // Without the page's antiforgery token the save is refused with a reason, and another candidate cannot save
        // into this sitting at all: neither lands.
        var forged = await client.PostAsync(
            KnowledgeTestLinks.MeAutosave(attempt, 3),
            new FormUrlEncodedContent(RightAnswer(item))
        );
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Your answer was not saved automatically", await forged.Content.ReadAsStringAsync());
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await amara.PostFormAsync(
                    KnowledgeTestLinks.MeAutosave(attempt, 3),
                    RightAnswer(item),
                    KnowledgeTestLinks.Me()
                )
            ).StatusCode
        );
        await using (var db = app.Db())
            Assert.False(await db.KnowledgeAnswers.AnyAsync(a => a.AttemptId == attempt && a.Position == 3));

        var saved = await client.PostFormAsync(
            KnowledgeTestLinks.MeAutosave(attempt, 3),
            RightAnswer(item),
            KnowledgeTestLinks.MeQuestion(attempt, 3)
        );
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        await using (var db = app.Db())
            Assert.NotEmpty(
                (await db.KnowledgeAnswers.SingleAsync(a => a.AttemptId == attempt && a.Position == 3)).Response
            );

        // The token is fetched before the time runs out, so that no page visit ends the test first: the autosave
        // itself must see that the time is up (the clock is computed in the database from the stored start).
        var token = await client.TokenAsync(KnowledgeTestLinks.Me());
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var late = await client.PostAsync(
            KnowledgeTestLinks.MeAutosave(attempt, 4),
            new FormUrlEncodedContent(Http.F(("o", "0"), ("__RequestVerificationToken", token)))
        );
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        await using (var db = app.Db())
        {
            Assert.False(await db.KnowledgeAnswers.AnyAsync(a => a.AttemptId == attempt && a.Position == 4));
            var ended = await db.KnowledgeAttempts.IgnoreQueryFilters().SingleAsync(a => a.Id == attempt);
            Assert.NotNull(ended.SubmittedAt); // the late save ended the test with what was saved
            Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == attempt && e.Action == "TimedOut"));
        }
    }

    [Fact]
    public async Task A_key_correction_rescores_every_affected_attempt_with_an_audit_record_for_each_changed_score()
    {
        var (client, attempt) = await StartAsync(DemoData.SocialWorkerEmail);
        var item = await ItemAtAsync(attempt, 1);
        await client.PostFormAsync(
            KnowledgeTestLinks.MeQuestion(attempt, 1),
            RightAnswer(item).Append(new("go", "check")),
            KnowledgeTestLinks.MeQuestion(attempt, 1)
        );
        await client.PostFormAsync(KnowledgeTestLinks.MeCheck(attempt), []);
        await using (var db = app.Db())
            Assert.Equal(1m, (await db.KnowledgeAttempts.SingleAsync(a => a.Id == attempt)).Score);

        // The key was wrong: the right answers are the ones it left out.
        var options = KnowledgeItemVersion.Lines(item.Options);
        var oldKey = KnowledgeItemVersion.Lines(item.Key);
        var others = options.Where(o => !oldKey.Contains(o)).ToList();
        var newKey = item.Type switch
        {
            ItemType.MultiPart => others,
            ItemType.MultipleResponse => others.Take(item.OptionsToChoose).ToList(),
            _ => others.Take(1).ToList(),
        };
        var author = app.Browser();
        await author.SignInAsync(DemoData.AuthorEmail);
        var url = ItemBankLinks.AuthorItemsDetails(item.Id);
        var noReason = await author.PostFormAsync(
            $"{url}?handler=CorrectKey",
            Http.F(("NewKey", string.Join("\n", newKey))),
            url
        );
        Assert.Contains(
            "Enter why the key is being corrected",
            WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync())
        );
        var corrected = await author.PostFormAsync(
            $"{url}?handler=CorrectKey",
            Http.F(("NewKey", string.Join("\n", newKey)), ("Reason", "Reviewer found the published answer was wrong")),
            url
        );
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        await using var after = app.Db();
        Assert.Equal(0m, (await after.KnowledgeAttempts.SingleAsync(a => a.Id == attempt)).Score);
        var audit = await after.AuditEvents.SingleAsync(e => e.SubjectId == attempt && e.Action == "Rescored");
        Assert.Contains("1 → 0", audit.Summary);
        Assert.Equal("Reviewer found the published answer was wrong", audit.Reason);
        Assert.True(await after.AuditEvents.AnyAsync(e => e.SubjectId == item.Id && e.Action == "KeyCorrected"));
    }

    [Fact]
    public async Task Extra_time_is_added_and_a_rest_break_stops_the_clock_with_each_timing_event_recorded()
    {
        await using (var db = app.Db())
        {
            var priya = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100003");
            var users = app.Services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            if (await users.FindByEmailAsync("priya.shah@leeds.example") is null)
            {
                var u = new ApplicationUser
                {
                    UserName = "priya.shah@leeds.example",
                    Email = "priya.shah@leeds.example",
                    DisplayName = "Priya Shah",
                    SocialWorkerId = priya.Id,
                };
                await users.CreateAsync(u, DemoData.Password);
                await users.AddToRoleAsync(u, Roles.SocialWorker);
            }
        }
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var bad = await admin.PostFormAsync(
            KnowledgeTestLinks.AdminAdjustments(),
            Http.F(("RegistrationNumber", "SW999999"), ("ExtraTimePercent", "lots"))
        );
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("There is no social worker with this registration number", badHtml);
        Assert.Contains("Extra time must be a whole number", badHtml);
        var ok = await admin.PostFormAsync(
            KnowledgeTestLinks.AdminAdjustments(),
            Http.F(
                ("RegistrationNumber", "SW100003"),
                ("ExtraTimePercent", "25"),
                ("RestBreaks", "true"),
                ("MaxBreakMinutes", "30"),
                ("Notes", "Dyslexia")
            )
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var (client, attempt) = await StartAsync("priya.shah@leeds.example");
        Assert.Contains(
            "id=\"time-text\">18 minutes 45 seconds<",
            await client.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, 1))
        );
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var onBreak = await client.PostFormAsync(
            KnowledgeTestLinks.MeQuestion(attempt, 1),
            Http.F(("go", "break")),
            KnowledgeTestLinks.MeQuestion(attempt, 1)
        );
        Assert.Equal(KnowledgeTestLinks.MeBreak(attempt), onBreak.Headers.Location!.OriginalString);
        app.Clock.Advance(TimeSpan.FromMinutes(20)); // longer than the time left: the clock is stopped
        Assert.Contains("15 minutes 45 seconds left", await client.GetStringAsync(KnowledgeTestLinks.MeBreak(attempt)));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.GetAsync(KnowledgeTestLinks.MeQuestion(attempt, 2))).StatusCode
        ); // to the break page, not to a time-out
        await client.PostFormAsync(KnowledgeTestLinks.MeBreak(attempt), [], KnowledgeTestLinks.MeBreak(attempt));
        Assert.Contains(
            "id=\"time-text\">15 minutes 45 seconds<",
            await client.GetStringAsync(KnowledgeTestLinks.MeQuestion(attempt, 1))
        );

        await using var after = app.Db();
        var events = await after
            .AuditEvents.Where(e => e.SubjectId == attempt)
            .OrderBy(e => e.OccurredAt)
            .Select(e => e.Action)
            .ToListAsync();
        Assert.Equal(["Started", "BreakStarted", "Resumed"], events);
        Assert.Null((await after.KnowledgeAttempts.SingleAsync(a => a.Id == attempt)).SubmittedAt);
        var adjustmentAudit = await after.AuditEvents.SingleAsync(e => e.SubjectType == "ReasonableAdjustment");
        Assert.DoesNotContain("Dyslexia", adjustmentAudit.Summary); // health details stay out of the audit text
    }

    [Fact]
    public async Task The_invigilation_record_shows_where_and_when_and_keeps_notes_of_irregularities()
    {
        var (_, attempt) = await StartAsync(DemoData.SocialWorkerEmail);
        var invigilator = app.Browser();
        await invigilator.SignInAsync(DemoData.InvigilatorEmail);
        // A practice test is not invigilated, so it is not listed beside real sittings (issue 13); its record still
        // opens.
        Assert.DoesNotContain(
            KnowledgeTestLinks.InvigilatorSitting(attempt),
            await invigilator.GetStringAsync(KnowledgeTestLinks.Invigilator())
        );
        var record = WebUtility.HtmlDecode(
            await invigilator.GetStringAsync(KnowledgeTestLinks.InvigilatorSitting(attempt))
        );
        Assert.Contains("Amara Okafor (SW100001), Remote", record);
        Assert.Contains(": Started", record);

        var empty = await invigilator.PostFormAsync(
            KnowledgeTestLinks.InvigilatorSitting(attempt),
            Http.F(("Note", " "))
        );
        Assert.Contains("Enter what happened", await empty.Content.ReadAsStringAsync());
        var added = await invigilator.PostFormAsync(
            KnowledgeTestLinks.InvigilatorSitting(attempt),
            Http.F(("Note", "Connection lost for two minutes at 10:05"))
        );
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(
            "Connection lost for two minutes at 10:05",
            await invigilator.GetStringAsync(KnowledgeTestLinks.InvigilatorSitting(attempt))
        );
        await using (var db = app.Db())
            Assert.True(await db.AuditEvents.AnyAsync(e => e.SubjectId == attempt && e.Action == "IrregularityNoted"));

        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Contains(
            AccountLinks.AccessDenied(),
            (await lead.GetAsync(KnowledgeTestLinks.InvigilatorSitting(attempt))).Headers.Location!.ToString()
        );
    }
}
