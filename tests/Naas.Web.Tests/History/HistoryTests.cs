using System.Collections;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Results;
using Naas.Web.Features;
using Naas.Web.Features.History;
using Naas.Web.Features.Marking;

namespace Naas.Web.Tests.History;

/// <summary>History read from typed events (issue 14): every kind of change keeps its payload and reads back as
/// itself; a programme administrator sees one person's whole timeline; a social worker sees their own in plain words
/// and never a mark before their results are released (¶74: the candidate hears first, at release).</summary>
public class HistoryTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public void Every_kind_of_change_is_written_as_its_own_values_and_read_back_as_itself()
    {
        Assert.True(HistoryReader.Kinds.Count >= 60, $"Only {HistoryReader.Kinds.Count} kinds of change found");
        // An earlier record is read from its row's columns, not a payload (the next test).
        foreach (var (name, type) in HistoryReader.Kinds.Where(k => k.Value != typeof(EarlierRecord)))
        {
            var change = Sample(type);
            var json = AuditPayload.Write(change);
            using (var doc = JsonDocument.Parse(json))
            {
                var written = doc.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
                // Only the record's own values are stored; what the base type works out from them is not.
                foreach (var derived in new[] { "SubjectType", "SubjectId", "Action", "Concerns", "GivenReason" })
                    Assert.DoesNotContain(derived, written);
                var parameters = type.GetConstructors()
                    .OrderByDescending(c => c.GetParameters().Length)
                    .First()
                    .GetParameters();
                Assert.Equal(parameters.Select(p => p.Name!).ToHashSet(), written);
            }
            var read = History(name, json);
            Assert.IsType(type, read);
            Assert.Equal(change.Summary(), read.Summary());
            Assert.Equal(change.ForThePerson(), read.ForThePerson());
            Assert.Equal(
                (change.SubjectType, change.SubjectId, change.Action, change.Concerns, change.GivenReason),
                (read.SubjectType, read.SubjectId, read.Action, read.Concerns, read.GivenReason)
            );
            Assert.Equal(json, AuditPayload.Write(read));
        }
    }

    [Fact]
    public void A_row_of_an_unknown_kind_or_an_unreadable_payload_reads_as_its_stored_words_not_an_error()
    {
        foreach (
            var (kind, payload) in new[]
            {
                ("KindRemovedSince", "{}"),
                (nameof(ElementMarked), "{not json"),
                (nameof(ElementMarked), "[1,2]"),
            }
        )
        {
            var e = new AuditEvent
            {
                ActorName = "x",
                SubjectType = "ElementMark",
                Action = "Marked",
                Summary = "The words kept",
                EventType = kind,
                Payload = payload,
            };
            var read = HistoryReader.Read(e);
            Assert.IsType<EarlierRecord>(read);
            Assert.Equal("The words kept", read.Summary());
        }
    }

    [Fact]
    public async Task A_social_worker_reads_their_own_history_in_plain_words_without_a_mark_before_release_para74()
    {
        var endorsement = await Assessed.MarkedAsync(
            app,
            "SW100002",
            knowledge: 30,
            observation: 31,
            written: 30,
            reflective: 32
        );
        Guid tom;
        await using (var db = app.Db())
        {
            var mark = await db.ElementMarks.FirstAsync(m => m.EndorsementId == endorsement && m.Element == "Written");
            tom = mark.SocialWorkerId;
            // As the marker's page writes it: the mark is in the audit, against the person, before release.
            db.Record(
                new ElementMarked(
                    mark.Id,
                    tom,
                    endorsement,
                    "SW100002",
                    "Written",
                    30,
                    40,
                    28,
                    ElementResult.Pass,
                    "Arranged",
                    []
                )
            );
            await db.SaveChangesAsync();
        }
        var own = app.Browser();
        await own.SignInAsync("tom.hughes@leeds.example");
        var before = await Assessed.TextAsync(await own.GetAsync(HistoryLinks.MeHistory()));
        Assert.Contains("Your history", before);
        Assert.DoesNotContain("30 of 40", before);
        Assert.DoesNotContain("pass mark", before, StringComparison.OrdinalIgnoreCase);

        await Assessed.ReleaseAsync(app, endorsement);
        var after = await Assessed.TextAsync(await own.GetAsync(HistoryLinks.MeHistory()));
        Assert.Contains("Your child and family practitioner results were released: accredited.", after);
        Assert.Contains("You were accredited as a child and family practitioner.", after);
        Assert.Contains(
            "Your child and family practitioner assessment finished when your results were released.",
            after
        );
        Assert.DoesNotContain("30 of 40", after);

        // Someone else's history is not theirs to read: Amara's page says nothing of Tom's results.
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        Assert.DoesNotContain(
            "accredited as a child and family practitioner",
            await Assessed.TextAsync(await amara.GetAsync(HistoryLinks.MeHistory()))
        );
        // Nor does the audit become readable through the filter for anyone else.
        var employer = app.Browser();
        await employer.SignInAsync(DemoData.LeedsLeadEmail);
        Http.AssertRefused(await employer.GetAsync(HistoryLinks.AdminTimeline(tom)));
    }

    [Fact]
    public async Task A_programme_administrator_finds_a_persons_whole_timeline_by_registration_number_with_what_each_change_recorded()
    {
        var endorsement = await Assessed.MarkedAsync(
            app,
            "SW100005",
            knowledge: 30,
            observation: 31,
            written: 30,
            reflective: 32
        );
        await Assessed.ReleaseAsync(app, endorsement);
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);

        var unknown = await Assessed.TextAsync(
            await admin.GetAsync(HistoryLinks.AdminTimeline() + "?RegistrationNumber=SW999999")
        );
        Assert.Contains("govuk-error-summary", unknown);
        Assert.Contains("No social worker on the record has the registration number SW999999", unknown);
        Assert.Contains("value=\"SW999999\"", unknown);
        Assert.Contains(
            "govuk-error-summary",
            await Assessed.TextAsync(
                await admin.GetAsync(HistoryLinks.AdminTimeline() + "?RegistrationNumber=not-a-number")
            )
        );

        var found = await admin.GetAsync(HistoryLinks.AdminTimeline() + "?RegistrationNumber=sw100005");
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        var page = await Assessed.TextAsync(await admin.GetAsync(found.Headers.Location!.OriginalString));
        Assert.Contains("Ruth Allen's history", page);
        Assert.Contains("SW100005 child and family practitioner results released: accredited", page);
        Assert.Contains(nameof(Naas.Web.Features.Results.ResultsReleased), page);
        Assert.Contains("SW100005 accredited as a child and family practitioner, certificate NAAS-", page);
        // The payload is shown as what it recorded, by name, without the ids.
        Assert.Contains("CertificateNumber", page);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await admin.GetAsync(HistoryLinks.AdminTimeline(Guid.NewGuid()))).StatusCode
        );
    }

    private static AuditedChange History(string name, string json) =>
        HistoryReader.Read(
            new AuditEvent
            {
                ActorName = "x",
                SubjectType = "x",
                Action = "x",
                Summary = "x",
                EventType = name,
                Payload = json,
            }
        );

    /// <summary>An instance with a different, non-default value in every field, lists with an element.</summary>
    private static AuditedChange Sample(Type type)
    {
        var n = 0;
        object? Value(Type t)
        {
            n++;
            var inner = Nullable.GetUnderlyingType(t);
            if (inner is not null)
                return Value(inner);
            if (t == typeof(string))
                return $"text {n}";
            if (t == typeof(Guid))
                return new Guid(n, 0, 0, new byte[8]);
            if (t == typeof(int))
                return n;
            if (t == typeof(long))
                return 1000L + n;
            if (t == typeof(decimal))
                return n + 0.5m;
            if (t == typeof(bool))
                return n % 2 == 0;
            if (t == typeof(DateOnly))
                return new DateOnly(2026, 1, 1).AddDays(n);
            if (t == typeof(DateTimeOffset))
                return new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddHours(n);
            if (t == typeof(TimeSpan))
                return TimeSpan.FromSeconds(90 + n);
            if (t.IsEnum)
            {
                var values = Enum.GetValues(t);
                return values.GetValue(n % values.Length);
            }
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var element = t.GetGenericArguments()[0];
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                list.Add(Value(element));
                return list;
            }
            var ctor = t.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            return ctor.Invoke(ctor.GetParameters().Select(p => Value(p.ParameterType)).ToArray());
        }
        var main = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        return (AuditedChange)main.Invoke(main.GetParameters().Select(p => Value(p.ParameterType)).ToArray());
    }

    /// <summary>A person's history grows for as long as they practise, so both timelines are read a page at a time,
    /// newest first, with GOV.UK pagination between pages; the social worker's pages count only lines they may read,
    /// so changes kept from them never leave a page empty.</summary>
    [Fact]
    public async Task A_long_history_is_read_a_page_at_a_time_newest_first_on_both_timelines()
    {
        Guid person;
        var (visible, hidden) = (230, 150);
        await using (var db = app.Db())
        {
            var tom = await db.SocialWorkers.SingleAsync(p => p.RegistrationNumber == "SW100002");
            person = tom.Id;
            var start = NaasFactory.Now.AddYears(-3);
            for (var i = 0; i < visible; i++)
            {
                db.Record(
                    new DemoPersonAdded(person, tom.FullName, tom.RegistrationNumber, $"Employer {i:000}"),
                    null,
                    start.AddHours(2 * i)
                );
                if (i < hidden) // not for his eyes: a test's arrangement, between his own lines
                    db.Record(
                        new ArrangedOutsideTheService("SocialWorker", person, "Arranged", $"Hidden {i:000}"),
                        null,
                        start.AddHours(2 * i + 1)
                    );
            }
            await db.SaveChangesAsync();
        }
        int total;
        await using (var db = app.Db())
            total = await db.AuditEvents.CountAsync(e => e.SocialWorkerId == person);
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var first = WebUtility.HtmlDecode(await admin.GetStringAsync(HistoryLinks.AdminTimeline(person)));
        Assert.Equal(HistoryReader.PageSize, Regex.Count(first, "naas-timeline__item"));
        Assert.Contains("added to the workforce record for the demo, with Employer 229", first); // the newest first
        Assert.Contains($"href=\"{HistoryLinks.AdminTimeline(person, 2)}\"", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        var lastPage = (total + HistoryReader.PageSize - 1) / HistoryReader.PageSize;
        var last = WebUtility.HtmlDecode(await admin.GetStringAsync(HistoryLinks.AdminTimeline(person, lastPage)));
        Assert.Equal(total - (lastPage - 1) * HistoryReader.PageSize, Regex.Count(last, "naas-timeline__item"));
        Assert.DoesNotContain("rel=\"next\"", last);
        Assert.Contains($"href=\"{HistoryLinks.AdminTimeline(person, lastPage - 1)}\"", last);
        // A page number that is not one reads as the first page, never an error.
        var odd = await admin.GetAsync(HistoryLinks.AdminTimeline(person) + "?page=banana");
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);

        var tomClient = app.Browser();
        await tomClient.SignInAsync("tom.hughes@leeds.example");
        var own = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var html = WebUtility.HtmlDecode(
                await tomClient.GetStringAsync(page == 1 ? HistoryLinks.MeHistory() : HistoryLinks.MeHistory(page))
            );
            Assert.DoesNotContain("Hidden", html);
            own.AddRange(Regex.Matches(html, "Employer (\\d{3}) added you").Select(m => m.Groups[1].Value));
            Assert.Equal(page < 3, html.Contains("rel=\"next\""));
            if (page == 1)
                Assert.Equal(HistoryReader.PageSize, Regex.Count(html, "naas-timeline__item"));
        }
        // Every one of his 230 lines once, newest first, across three full-or-last pages; none on the fourth.
        Assert.Equal(Enumerable.Range(0, visible).Reverse().Select(i => i.ToString("000")), own);
    }

    [Fact]
    public async Task The_audit_pages_by_instant_without_skipping_changes_recorded_in_the_same_instant()
    {
        // More changes at one instant than a page holds: a cursor of "older than the last shown" alone would skip
        // the rest of them.
        var instant = NaasFactory.Now.AddDays(30);
        const int together = HistoryReader.PageSize + 30;
        await using (var db = app.Db())
        {
            for (var i = 0; i < together; i++)
                db.Record(
                    new ArrangedOutsideTheService("Paging", null, "Arranged", $"Together {i:000}"),
                    null,
                    instant
                );
            db.Record(
                new ArrangedOutsideTheService("Paging", null, "Arranged", "Just before"),
                null,
                instant.AddSeconds(-1)
            );
            await db.SaveChangesAsync();
        }
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var seen = new List<string>();
        var url = AdministrationLinks.AdminAudit() + "?subject=Paging";
        for (var page = 0; page < 3 && url is not null; page++)
        {
            var html = WebUtility.HtmlDecode(await admin.GetStringAsync(url));
            seen.AddRange(Regex.Matches(html, "(Together \\d{3}|Just before)").Select(m => m.Value));
            var next = Regex.Match(html, "href=\"(\\?subject=Paging&before=\\d+&shown=\\d+)\" rel=\"next\"");
            url = next.Success ? AdministrationLinks.AdminAudit() + next.Groups[1].Value : null;
        }
        Assert.Equal(together + 1, seen.Count);
        Assert.Equal(together + 1, seen.Distinct().Count());
        Assert.Equal("Just before", seen[^1]);
    }
}
