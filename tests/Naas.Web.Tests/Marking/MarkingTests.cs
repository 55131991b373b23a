using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Web.Features;

namespace Naas.Web.Tests.Marking;

/// <summary>Authorised markers: the programme assigns an independent assessor to one element; they see and mark that
/// element only, with the same checks and audit as every other path, and keep the evidence a reviewer
/// re-examines.</summary>
public class MarkingTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string Observer = "observer@naas.example";

    [Fact]
    public async Task An_assigned_independent_marker_marks_their_element_only_and_keeps_evidence_nobody_else_can_open()
    {
        var e = await UnderWay.EndorsedAsync(app, "SW100002");
        Guid leeds;
        await using (var db = app.Db())
            leeds = (await db.Organisations.SingleAsync(o => o.Name == "Leeds City Council")).Id;
        var colleague = await UnderWay.MarkerAsync(
            app,
            "colleague.marker@leeds.example",
            "Kim Lowe (Leeds marker)",
            leeds
        );
        var other = await UnderWay.MarkerAsync(app, "second.observer@naas.example", "Sam Ode (observer)");
        Guid observerId;
        await using (var db = app.Db())
            observerId = (await db.Users.SingleAsync(u => u.Email == Observer)).Id;

        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = ResultsLinks.AdminAssessment(e);
        Assert.Contains("No marker assigned", await admin.GetStringAsync(url));
        // A marker from the candidate's own employer is refused, with the reason, and the choice typed is kept.
        var refused = await admin.PostFormAsync(
            $"{url}?handler=Assign",
            Http.F(("AssignElement", "SimulatedObservation"), ("Marker", colleague.Id.ToString())),
            url
        );
        var refusedText = await Assessed.TextAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This marker works for the endorsing employer", refusedText);
        Assert.Contains("govuk-error-summary", refusedText);
        Assert.Matches("value=\"SimulatedObservation\"[^>]*checked", refusedText);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{url}?handler=Assign",
                    Http.F(("AssignElement", "SimulatedObservation"), ("Marker", observerId.ToString())),
                    url
                )
            ).StatusCode
        );
        Guid assignment;
        await using (var db = app.Db())
        {
            var a = await db.MarkingAssignments.SingleAsync(x => x.EndorsementId == e);
            assignment = a.Id;
            Assert.Equal("Tom Reid (observer)", a.AssessorName);
            Assert.True(await db.AuditEvents.AnyAsync(x => x.SubjectId == a.Id && x.Action == "Assigned"));
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == Observer && m.Subject == "You have an assessment to mark"
                )
            );
        }

        var observer = app.Browser();
        await observer.SignInAsync(Observer);
        Assert.Contains("Tom Hughes (SW100002)", await observer.GetStringAsync(MarkingLinks.Marker()));
        var task = MarkingLinks.MarkerTask(assignment);
        // Bad input: every problem named, what was typed kept.
        var bad = await observer.PostFormAsync(
            $"{task}?handler=Mark",
            Http.F(("Score", "lots"), ("Max", "40"), ("PassMark", "41")),
            task
        );
        var badText = await Assessed.TextAsync(bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("The score must be a number from 0 to 10,000", badText);
        Assert.Contains("The pass mark must be more than 0 and no more than the marks available", badText);
        Assert.Contains("value=\"lots\"", badText);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await observer.PostFormAsync(
                    $"{task}?handler=Mark",
                    Http.F(
                        ("Score", "31"),
                        ("Max", "40"),
                        ("PassMark", "28"),
                        ("Feedback", "Warm, clear and curious with the family.")
                    ),
                    task
                )
            ).StatusCode
        );
        await using (var db = app.Db())
        {
            var mark = await db.ElementMarks.SingleAsync(m => m.EndorsementId == e);
            Assert.Equal(
                ("SimulatedObservation", 31m, "Recorded by the assigned marker", "Tom Reid (observer)"),
                (mark.Element, mark.Score, mark.Source, mark.RecordedBy)
            );
            Assert.True(
                await db.AuditEvents.AnyAsync(x =>
                    x.SubjectId == mark.Id && x.Action == "Marked" && x.ActorUserId == observerId
                )
            );
        }

        // Evidence: a file whose contents are not its name's format is refused; a real one is kept with its digest.
        var token = await observer.TokenAsync(task);
        var fake = await observer.PostAsync(
            $"{task}?handler=Evidence",
            UnderWay.Upload("not a pdf"u8.ToArray(), "written.pdf", token)
        );
        Assert.Contains("The selected file is not a real PDF", await Assessed.TextAsync(fake));
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% reflective account\n%%EOF\n");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await observer.PostAsync(
                    $"{task}?handler=Evidence",
                    UnderWay.Upload(pdf, "reflective account.pdf", token)
                )
            ).StatusCode
        );
        Guid evidence;
        await using (var db = app.Db())
        {
            var ev = await db.MarkEvidence.SingleAsync(x => x.EndorsementId == e);
            evidence = ev.Id;
            Assert.Equal(
                (Convert.ToHexStringLower(SHA256.HashData(pdf)), "WrittenWork", "SimulatedObservation"),
                (ev.Sha256, ev.Kind, ev.Element)
            );
            Assert.True(await db.AuditEvents.AnyAsync(x => x.SubjectId == ev.Id && x.Action == "Added"));
        }
        var opened = await observer.GetAsync(MarkingLinks.Evidence(evidence));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(pdf, await opened.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(MarkingLinks.Evidence(evidence))).StatusCode);

        // Another marker, the employer and the candidate reach neither the task nor the evidence, by any URL.
        var second = app.Browser();
        await second.SignInAsync(other.Email!);
        Assert.DoesNotContain("SW100002", await second.GetStringAsync(MarkingLinks.Marker()));
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(task)).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (
                await second.PostFormAsync(
                    $"{task}?handler=Mark",
                    Http.F(("Score", "1"), ("Max", "40"), ("PassMark", "28")),
                    MarkingLinks.Marker()
                )
            ).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await second.GetAsync(MarkingLinks.Evidence(evidence))).StatusCode);
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(MarkingLinks.Evidence(evidence))).StatusCode);
        Http.AssertRefused(await lead.GetAsync(task));
        await using (var db = app.Db())
            Assert.Equal(1, await db.ElementMarks.CountAsync(m => m.EndorsementId == e));

        // The programme sees who marks each element; reassigning is audited and tells both markers.
        Assert.Contains("Tom Reid (observer), assigned", await admin.GetStringAsync(url));
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{url}?handler=Assign",
                    Http.F(("AssignElement", "SimulatedObservation"), ("Marker", other.Id.ToString())),
                    url
                )
            ).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await observer.GetAsync(task)).StatusCode);
        await using (var db = app.Db())
        {
            Assert.True(
                await db.AuditEvents.AnyAsync(x =>
                    x.Action == "Reassigned" && x.Summary.Contains("(was Tom Reid (observer))")
                )
            );
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == Observer && m.Subject == "An assessment has been given to another marker"
                )
            );
        }
    }
}

/// <summary>Marks from a delivery partner's file: every row checked as the marker's form is, nothing saved unless all
/// pass (at preview and again at confirm), each mark audited.</summary>
public class MarksImportTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string Header = "registration_number,status,element,score,marks_available,pass_mark,feedback,marker";

    private static Guid JourneyId(string html) =>
        Guid.Parse(Regex.Match(html, "name=\"journeyId\" value=\"([^\"]+)\"").Groups[1].Value);

    [Fact]
    public async Task A_file_with_any_bad_row_saves_nothing_and_a_clean_one_records_every_mark_audited()
    {
        var priya = await UnderWay.EndorsedAsync(app, "SW100003");
        var daniel = await UnderWay.EndorsedAsync(app, "SW100004");
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var token = await admin.TokenAsync(MarkingLinks.AdminImport());
        int marks,
            audits;
        await using (var db = app.Db())
            (marks, audits) = (await db.ElementMarks.CountAsync(), await db.AuditEvents.CountAsync());

        var bad = string.Join(
            "\n",
            Header,
            "SW100003,practitioner,SimulatedObservation,30,40,28,,",
            "SW999999,practitioner,Written,30,40,28,,",
            "SW100003,practitioner,Knowledge,30,40,28,,",
            "SW100004,practitioner,Written,50,40,28,,",
            "SW100003,practitioner,simulatedobservation,31,40,28,,",
            "SW100004,manager,Written,30,40,28,,"
        );
        var response = await admin.PostAsync(
            MarkingLinks.AdminImport(),
            UnderWay.Upload(Encoding.UTF8.GetBytes(bad), "marks.csv", token)
        );
        var html = await Assessed.TextAsync(response);
        Assert.Contains("Nothing has been saved", html);
        string Row(int row, string column) =>
            $"<td class=\"govuk-table__cell\">{row}</td><td class=\"govuk-table__cell\">{column}</td>";
        Assert.Contains(Row(3, "registration_number"), html);
        Assert.Contains("No social worker has the registration number SW999999", html);
        Assert.Contains(Row(4, "element"), html);
        Assert.Contains(Row(5, "score"), html);
        Assert.Contains("The score cannot be more than the marks available", html);
        Assert.Contains("Row 2 already has a SimulatedObservation mark for SW100003", html);
        Assert.Contains(Row(7, "status"), html);
        await using (var db = app.Db())
            Assert.Equal((marks, audits), (await db.ElementMarks.CountAsync(), await db.AuditEvents.CountAsync()));

        var good = string.Join(
            "\n",
            Header,
            "SW100003,practitioner,SimulatedObservation,30,40,28,Calm under pressure.,Ada Obi",
            "SW100003,Practitioner,written,29,40,28,,",
            "SW100004,practitioner,Reflective,27,40,28,,Ada Obi"
        );
        var preview = await Assessed.TextAsync(
            await admin.PostAsync(
                MarkingLinks.AdminImport(),
                UnderWay.Upload(Encoding.UTF8.GetBytes(good), "partner-marks.csv", token)
            )
        );
        Assert.Contains("The file has 3 rows and no problems. Nothing has been saved yet", preview);
        Assert.Contains("SW100004 Reflective: 27 of 40, pass mark 28, marked by Ada Obi", preview);
        await using (var db = app.Db())
            Assert.Equal(marks, await db.ElementMarks.CountAsync());
        var confirmed = await admin.PostFormAsync(
            MarkingLinks.AdminImport() + "?handler=Confirm",
            Http.F(("journeyId", JourneyId(preview).ToString())),
            MarkingLinks.AdminImport()
        );
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await using (var db = app.Db())
        {
            var imported = await db
                .ElementMarks.Where(m => m.EndorsementId == priya || m.EndorsementId == daniel)
                .ToListAsync();
            Assert.Equal(3, imported.Count);
            Assert.All(imported, m => Assert.Equal("Imported from partner-marks.csv", m.Source));
            var observation = imported.Single(m => m.Element == "SimulatedObservation");
            Assert.Equal(
                ("Ada Obi (imported by Alex Morgan (programme administrator))", "Calm under pressure."),
                (observation.RecordedBy, observation.Feedback)
            );
            Assert.Equal(
                Naas.Domain.Results.ElementResult.NarrowFail,
                imported.Single(m => m.Element == "Reflective").Result
            );
            Assert.Equal(
                3,
                await db.AuditEvents.CountAsync(a =>
                    a.Action == "Marked" && imported.Select(m => (Guid?)m.Id).Contains(a.SubjectId)
                )
            );
            Assert.True(
                await db.AuditEvents.AnyAsync(a => a.Action == "Imported" && a.Summary.Contains("Imported 3 marks"))
            );
        }
    }

    [Fact]
    public async Task A_previewed_file_that_no_longer_fits_at_confirm_saves_nothing()
    {
        var tom = await UnderWay.EndorsedAsync(app, "SW100002");
        var amara = await UnderWay.EndorsedAsync(app, "SW100001");
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var token = await admin.TokenAsync(MarkingLinks.AdminImport());
        var file = string.Join(
            "\n",
            Header,
            "SW100002,practitioner,Reflective,30,40,28,,",
            "SW100001,practitioner,Written,30,40,28,,"
        );
        var preview = await Assessed.TextAsync(
            await admin.PostAsync(
                MarkingLinks.AdminImport(),
                UnderWay.Upload(Encoding.UTF8.GetBytes(file), "marks.csv", token)
            )
        );
        Assert.Contains("no problems", preview);
        // Between the preview and the confirmation, Amara's assessment is withdrawn.
        await using (var db = app.Db())
        {
            var e = await db.Endorsements.SingleAsync(x => x.Id == amara);
            e.State = EndorsementState.Withdrawn;
            db.Record(new ArrangedOutsideTheService("Endorsement", e.Id, "Withdrawn", "Arranged for the test"));
            await db.SaveChangesAsync();
        }
        var confirmed = await admin.PostFormAsync(
            MarkingLinks.AdminImport() + "?handler=Confirm",
            Http.F(("journeyId", JourneyId(preview).ToString())),
            MarkingLinks.AdminImport()
        );
        var html = await Assessed.TextAsync(confirmed);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("SW100001 has no child and family practitioner assessment under way to mark", html);
        await using (var db = app.Db())
            Assert.False(await db.ElementMarks.AnyAsync(m => m.EndorsementId == tom || m.EndorsementId == amara));
    }
}
