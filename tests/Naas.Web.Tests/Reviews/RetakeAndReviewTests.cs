using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Naas.Data.Entities;
using Naas.Data.Seed;
using Naas.Domain.Endorsements;
using Naas.Domain.Reviews;
using Naas.Web.Features;

namespace Naas.Web.Tests.Reviews;

/// <summary>Re-endorsement and retakes (¶74–76): which elements are taken again, when, and how the retake is combined
/// with the results kept.</summary>
public class RetakeTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task One_narrow_fail_is_retaken_alone_after_re_endorsement_and_judged_with_the_kept_results_para75()
    {
        var first = await Assessed.MarkedAsync(
            app,
            "SW100001",
            knowledge: 30,
            observation: 27,
            written: 30,
            reflective: 31
        );
        await Assessed.ReleaseAsync(app, first);
        await using (var db = app.Db())
        {
            var release = await db.ResultReleases.SingleAsync(r => r.EndorsementId == first);
            Assert.Equal(Naas.Domain.Results.OutcomeKind.RetakeElement, release.Outcome);
            // Stored by its name, as before the column had the domain's type, so rows released earlier still read.
            Assert.Equal(
                "RetakeElement",
                await db
                    .Database.SqlQuery<string>(
                        $"SELECT \"Outcome\" AS \"Value\" FROM \"ResultReleases\" WHERE \"Id\" = {release.Id}"
                    )
                    .SingleAsync()
            );
            Assert.Equal(new DateOnly(2027, 2, 23), release.RetakeBy);
            Assert.Equal(EndorsementState.Completed, (await db.Endorsements.SingleAsync(e => e.Id == first)).State);
        }

        // The employer re-endorses: the new assessment takes the observation alone and carries the other three results.
        var created = await Assessed.EndorseAsync(app, "SW100001");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Guid retake;
        await using (var db = app.Db())
        {
            var e = await db.Endorsements.Where(x => x.RetakeOfId == first).SingleAsync();
            retake = e.Id;
            Assert.Equal(["SimulatedObservation"], e.RetakeElements);
            Assert.Equal("SimulatedObservation", e.SingleElementRetake);
            var kept = await db.ElementMarks.Where(m => m.EndorsementId == retake).ToListAsync();
            Assert.Equal(["Knowledge", "Reflective", "Written"], kept.Select(m => m.Element).Order());
            Assert.All(kept, m => Assert.StartsWith("Kept from", m.Source));
            Assert.Equal(
                3,
                await db.AuditEvents.CountAsync(a =>
                    a.Action == "Kept" && kept.Select(m => (Guid?)m.Id).Contains(a.SubjectId)
                )
            );
            e.State = EndorsementState.Agreed;
            db.Record(
                new ArrangedOutsideTheService("Endorsement", e.Id, "Agreed", "Arranged: the social worker agreed")
            );
            await db.SaveChangesAsync();
        }

        // The knowledge result is kept, so the knowledge test cannot be booked for this retake.
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        string choice;
        await using (var db = app.Db())
            choice =
                $"{(await db.TestWindows.Include(w => w.Blueprint).FirstAsync(w => !w.Blueprint!.IsPractice)).Id:N}|Remote";
        var booking = await amara.PostFormAsync(
            KnowledgeTestLinks.MeBook(),
            Http.F(("Choice", choice)),
            EligibilityLinks.Me()
        );
        Assert.Equal(KnowledgeTestLinks.Me(), booking.Headers.Location?.OriginalString);
        await using (var db = app.Db())
            Assert.False(await db.TestBookings.AnyAsync(b => b.EndorsementId == retake));
        Assert.Contains(
            "Your knowledge test result is kept from your earlier assessment. This time you take the simulated observation only",
            await Assessed.TextAsync(await amara.GetAsync(KnowledgeTestLinks.Me()))
        );
        Assert.Contains("retake the simulated observation element", await amara.GetStringAsync(EligibilityLinks.Me()));

        // A kept element cannot be marked again; the retaken one can, and the release judges all four together.
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = ResultsLinks.AdminAssessment(retake);
        var refused = await admin.PostFormAsync(
            $"{url}?handler=Mark",
            Http.F(("Element", "Written"), ("Score", "40"), ("Max", "40"), ("PassMark", "28")),
            url
        );
        Assert.Contains(
            "The written exercise result is kept from the earlier assessment: only the simulated observation is taken this time",
            await Assessed.TextAsync(refused)
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{url}?handler=Mark",
                    Http.F(("Element", "SimulatedObservation"), ("Score", "33"), ("Max", "40"), ("PassMark", "28")),
                    url
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Release", Http.F(("confirmed", "true")), url)).StatusCode
        );
        await using (var db = app.Db())
        {
            Assert.Equal(
                Naas.Domain.Results.OutcomeKind.Accredited,
                (await db.ResultReleases.SingleAsync(r => r.EndorsementId == retake)).Outcome
            );
            var accreditation = await db.Accreditations.SingleAsync(a => a.EndorsementId == retake);
            Assert.Equal(new DateOnly(2029, 11, 23), accreditation.ReaccreditationDue);
        }
    }

    [Fact]
    public async Task A_retaken_element_failed_again_even_narrowly_means_the_whole_assessment_para75_para76()
    {
        var first = await Assessed.MarkedAsync(
            app,
            "SW100004",
            knowledge: 30,
            observation: 30,
            written: 26,
            reflective: 31
        );
        await Assessed.ReleaseAsync(app, first);
        await using (var db = app.Db())
            Assert.Equal(
                Naas.Domain.Results.OutcomeKind.RetakeElement,
                (await db.ResultReleases.SingleAsync(r => r.EndorsementId == first)).Outcome
            );
        var created = await Assessed.EndorseAsync(app, "SW100004", exception: "Ready for the written element again");
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        Guid retake;
        await using (var db = app.Db())
            retake = (await db.Endorsements.SingleAsync(x => x.RetakeOfId == first)).Id;
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        var url = ResultsLinks.AdminAssessment(retake);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(
                    $"{url}?handler=Mark",
                    Http.F(("Element", "Written"), ("Score", "27"), ("Max", "40"), ("PassMark", "28")),
                    url
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await admin.PostFormAsync($"{url}?handler=Release", Http.F(("confirmed", "true")), url)).StatusCode
        );
        await using (var db = app.Db())
        {
            var release = await db.ResultReleases.SingleAsync(r => r.EndorsementId == retake);
            Assert.Equal(Naas.Domain.Results.OutcomeKind.RetakeWhole, release.Outcome);
            Assert.Contains("retaken written exercise was not passed", release.Reason); // elements named in words, not by their codes
            Assert.Equal(new DateOnly(2027, 11, 23), release.RetakeNotBefore);
        }
    }
}

/// <summary>The whole assessment again only after the longer period (¶76); a review must be asked for in time (¶42).
/// A class of its own because it moves the clock a year on.</summary>
public class WholeRetakeTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    [Fact]
    public async Task Two_fails_mean_the_whole_assessment_and_not_before_the_longer_period_para76()
    {
        var first = await Assessed.MarkedAsync(
            app,
            "SW100001",
            knowledge: 10,
            observation: 30,
            written: 27,
            reflective: 31
        );
        await Assessed.ReleaseAsync(app, first);
        var early = await Assessed.EndorseAsync(app, "SW100001");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains(
            "They can take the whole assessment again from 23 November 2027",
            await early.Content.ReadAsStringAsync()
        );

        // Too late for a review, too: 28 days by default.
        app.Clock.Advance(TimeSpan.FromDays(29));
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var late = await Assessed.TextAsync(await amara.GetAsync(ReviewsLinks.MeNew(first)));
        Assert.Contains("A review had to be asked for within 28 days of the results, by 21 December 2026", late);
        var forced = await amara.PostFormAsync(
            ReviewsLinks.MeNew(first),
            Http.F(("Ground", "AtOddsWithPractice"), ("Statement", "Please")),
            ReviewsLinks.Me()
        );
        Assert.Contains("A review had to be asked for within 28 days", await Assessed.TextAsync(forced));

        app.Clock.Advance(TimeSpan.FromDays(337));
        var created = await Assessed.EndorseAsync(app, "SW100001");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var db = app.Db();
        var whole = await db.Endorsements.SingleAsync(x => x.RetakeOfId == first);
        Assert.Null(whole.RetakeElements);
        Assert.Null(whole.SingleElementRetake);
        Assert.False(await db.ElementMarks.AnyAsync(m => m.EndorsementId == whole.Id));
    }
}

/// <summary>Independent review (¶42): asked for with the employer, decided by someone not involved before, each
/// step audited, the decision and reasons sent to the candidate.</summary>
public class ReviewTests(NaasFactory app) : IClassFixture<NaasFactory>
{
    private const string Reviewer = "independent.reviewer@naas.example";

    private async Task GrantReviewerRoleAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var u = (await users.FindByEmailAsync(email))!;
        if (!await users.IsInRoleAsync(u, Roles.IndependentReviewer))
            await users.AddToRoleAsync(u, Roles.IndependentReviewer);
    }

    private async Task<(Guid Review, HttpClient Candidate)> AskAndSupportAsync(
        Guid endorsement,
        string email,
        string ground
    )
    {
        var candidate = app.Browser();
        await candidate.SignInAsync(email);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await candidate.PostFormAsync(
                    ReviewsLinks.MeNew(endorsement),
                    Http.F(("Ground", ground), ("Statement", "My practice is sound; my manager agrees."))
                )
            ).StatusCode
        );
        Guid review;
        await using (var db = app.Db())
            review = (await db.ReviewRequests.SingleAsync(r => r.EndorsementId == endorsement)).Id;
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await lead.PostFormAsync(
                    ReviewsLinks.EmployerRespond(review),
                    Http.F(("Support", "yes"), ("EmployerStatement", "Her direct work is consistently strong."))
                )
            ).StatusCode
        );
        return (review, candidate);
    }

    private async Task<HttpClient> AssignAsync(Guid review)
    {
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Guid grace;
        await using (var db = app.Db())
            grace = (await db.Users.SingleAsync(u => u.Email == Reviewer)).Id;
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await admin.PostFormAsync(ReviewsLinks.AdminShow(review), Http.F(("Reviewer", grace.ToString())))
            ).StatusCode
        );
        var reviewer = app.Browser();
        await reviewer.SignInAsync(Reviewer);
        return reviewer;
    }

    [Fact]
    public async Task A_review_goes_through_the_employer_to_an_uninvolved_reviewer_whose_re_mark_is_released_with_reasons_para42()
    {
        var endorsement = await Assessed.MarkedAsync(
            app,
            "SW100001",
            knowledge: 30,
            observation: 27,
            written: 30,
            reflective: 31
        );
        // The observation's recording is kept before release, for a reviewer to re-examine.
        var programme = app.Browser();
        await programme.SignInAsync(DemoData.AdminEmail);
        byte[] recording =
        [
            0,
            0,
            0,
            0x18,
            (byte)'f',
            (byte)'t',
            (byte)'y',
            (byte)'p',
            (byte)'m',
            (byte)'p',
            (byte)'4',
            (byte)'2',
            1,
            2,
            3,
            4,
        ];
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await programme.PostAsync(
                    $"{ResultsLinks.AdminAssessment(endorsement)}?handler=Evidence",
                    UnderWay.Upload(
                        recording,
                        "observation.mp4",
                        await programme.TokenAsync(ResultsLinks.AdminAssessment(endorsement)),
                        ("EvidenceElement", "SimulatedObservation")
                    )
                )
            ).StatusCode
        );
        Guid evidence;
        await using (var db = app.Db())
            evidence = (await db.MarkEvidence.SingleAsync(x => x.EndorsementId == endorsement)).Id;
        await Assessed.ReleaseAsync(app, endorsement);
        var grace = app.Browser();
        await grace.SignInAsync(Reviewer);
        Assert.Equal(HttpStatusCode.NotFound, (await grace.GetAsync(MarkingLinks.Evidence(evidence))).StatusCode); // not assigned yet

        // Asking: both answers are needed, and what was typed is kept when one is missing.
        var amara = app.Browser();
        await amara.SignInAsync(DemoData.SocialWorkerEmail);
        var url = ReviewsLinks.MeNew(endorsement);
        var missing = await Assessed.TextAsync(
            await amara.PostFormAsync(url, Http.F(("Statement", "The actor's script changed mid-way.")))
        );
        Assert.Contains("Select why you are asking for a review", missing);
        Assert.Contains("The actor's script changed mid-way.", missing);
        Assert.Contains("govuk-error-summary", missing);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await amara.PostFormAsync(
                    url,
                    Http.F(("Ground", "AtOddsWithPractice"), ("Statement", "The actor's script changed mid-way."))
                )
            ).StatusCode
        );
        Assert.Contains(
            "You have already asked for a review of these results",
            await Assessed.TextAsync(await amara.GetAsync(url))
        );
        Guid review;
        await using (var db = app.Db())
        {
            var r = await db.ReviewRequests.SingleAsync(x => x.EndorsementId == endorsement);
            review = r.Id;
            Assert.Equal(ReviewState.AwaitingEmployer, r.State);
            Assert.Equal(new DateOnly(2026, 12, 3), r.EmployerDue);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.SubjectId == review && a.Action == "Requested"));
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == DemoData.LeedsLeadEmail && m.Subject.Contains("independent review")
                )
            );
        }

        // While the review is open the employer cannot re-endorse (the review may change what is retaken).
        var reEndorse = await Assessed.EndorseAsync(app, "SW100001");
        Assert.Contains(
            "An independent review of their last results is under way",
            await reEndorse.Content.ReadAsStringAsync()
        );

        // Another employer reaches nothing; the endorsing employer gives its view.
        var manchester = app.Browser();
        await manchester.SignInAsync(DemoData.ManchesterLeadEmail);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await manchester.GetAsync(ReviewsLinks.EmployerRespond(review))).StatusCode
        );
        Assert.DoesNotContain("Amara", await manchester.GetStringAsync(ReviewsLinks.Employer()));
        var lead = app.Browser();
        await lead.SignInAsync(DemoData.LeedsLeadEmail);
        var noView = await Assessed.TextAsync(
            await lead.PostFormAsync(ReviewsLinks.EmployerRespond(review), Http.F(("Support", "yes")))
        );
        Assert.Contains("Enter your view of their practice and of what happened", noView);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await lead.PostFormAsync(
                    ReviewsLinks.EmployerRespond(review),
                    Http.F(("Support", "yes"), ("EmployerStatement", "Her direct work is consistently strong."))
                )
            ).StatusCode
        );

        // Only someone uninvolved may review: not the administrator who released, not the endorsing employer's staff.
        await GrantReviewerRoleAsync(DemoData.AdminEmail);
        await GrantReviewerRoleAsync(DemoData.LeedsLeadEmail);
        var admin = app.Browser();
        await admin.SignInAsync(DemoData.AdminEmail);
        Guid adminId,
            leadId;
        await using (var db = app.Db())
        {
            adminId = (await db.Users.SingleAsync(u => u.Email == DemoData.AdminEmail)).Id;
            leadId = (await db.Users.SingleAsync(u => u.Email == DemoData.LeedsLeadEmail)).Id;
        }
        var involved = await Assessed.TextAsync(
            await admin.PostFormAsync(ReviewsLinks.AdminShow(review), Http.F(("Reviewer", adminId.ToString())))
        );
        Assert.Contains("This reviewer was involved in the assessment before", involved);
        var employer = await Assessed.TextAsync(
            await admin.PostFormAsync(ReviewsLinks.AdminShow(review), Http.F(("Reviewer", leadId.ToString())))
        );
        Assert.Contains("This reviewer works for the endorsing employer", employer);
        var reviewer = await AssignAsync(review);

        // The assigned reviewer sees the case; another reviewer does not.
        var casePage = await Assessed.TextAsync(await reviewer.GetAsync(ReviewsLinks.ReviewerShow(review)));
        Assert.Contains("The actor's script changed mid-way.", casePage);
        Assert.Contains("Her direct work is consistently strong.", casePage);
        Assert.Contains("27 of 40", casePage);
        Assert.Contains("observation.mp4", casePage);
        var played = await reviewer.GetAsync(MarkingLinks.Evidence(evidence));
        Assert.Equal("video/mp4", played.Content.Headers.ContentType?.MediaType);
        Assert.Equal(recording, await played.Content.ReadAsByteArrayAsync());
        var otherReviewer = app.Browser();
        await otherReviewer.SignInAsync(DemoData.LeedsLeadEmail);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await otherReviewer.GetAsync(ReviewsLinks.ReviewerShow(review))).StatusCode
        );

        // Deciding: a re-mark needs a score within the marks available, and reasons.
        var bad = await Assessed.TextAsync(
            await reviewer.PostFormAsync(
                ReviewsLinks.ReviewerShow(review),
                Http.F(("Decision", "Remarked"), ("Element", "SimulatedObservation"), ("Score", "41"))
            )
        );
        Assert.Contains("The new score must be a number from 0 to 40", bad);
        Assert.Contains("Enter the reasons for your decision", bad);
        const string reasons =
            "The recording shows the safety plan was tested against the history; the observer missed it.";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await reviewer.PostFormAsync(
                    ReviewsLinks.ReviewerShow(review),
                    Http.F(
                        ("Decision", "Remarked"),
                        ("Element", "SimulatedObservation"),
                        ("Score", "30"),
                        ("Reasons", reasons)
                    )
                )
            ).StatusCode
        );

        await using (var db = app.Db())
        {
            var releases = await db
                .ResultReleases.Where(r => r.EndorsementId == endorsement)
                .OrderBy(r => r.ReleasedAt)
                .ToListAsync();
            Assert.Equal(2, releases.Count);
            Assert.NotNull(releases[0].SupersededAt);
            Assert.Equal(Naas.Domain.Results.OutcomeKind.RetakeElement, releases[0].Outcome);
            Assert.Null(releases[1].SupersededAt);
            Assert.Equal(Naas.Domain.Results.OutcomeKind.Accredited, releases[1].Outcome);
            Assert.True(await db.Accreditations.AnyAsync(a => a.EndorsementId == endorsement));
            var marks = await db
                .ElementMarks.Where(m => m.EndorsementId == endorsement && m.Element == "SimulatedObservation")
                .OrderBy(m => m.RecordedAt)
                .ToListAsync();
            Assert.Equal([27m, 30m], marks.Select(m => m.Score));
            Assert.NotNull(marks[0].SupersededAt);
            Assert.Equal(28m, marks[1].PassMark); // the pass mark used is never changed
            var r = await db.ReviewRequests.SingleAsync(x => x.Id == review);
            Assert.Equal(ReviewDecision.Remarked, r.Decision);
            var actions = await db.AuditEvents.Where(a => a.SubjectId == review).Select(a => a.Action).ToListAsync();
            Assert.Equal(["Assigned", "Decided", "EmployerSupported", "Requested"], actions.Order());
            Assert.True(
                await db.OutboxMessages.AnyAsync(m =>
                    m.Recipient == DemoData.SocialWorkerEmail && m.Body.Contains(reasons)
                )
            );
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync(MarkingLinks.Evidence(evidence))).StatusCode); // decided: the case is closed
        var mine = await Assessed.TextAsync(await amara.GetAsync(ReviewsLinks.Me()));
        Assert.Contains("Re-marked", mine);
        Assert.Contains(reasons, mine);
        Assert.Contains(
            "You are an accredited child and family practitioner",
            await Assessed.TextAsync(await amara.GetAsync(ResultsLinks.MeResults()))
        );
        Assert.Contains(
            "This review has already been decided",
            await Assessed.TextAsync(
                await reviewer.PostFormAsync(
                    ReviewsLinks.ReviewerShow(review),
                    Http.F(("Decision", "Upheld"), ("Reasons", "Again")),
                    ReviewsLinks.Reviewer()
                )
            )
        );
    }

    [Fact]
    public async Task A_fresh_attempt_sets_the_result_aside_and_opens_the_chosen_elements_without_a_new_endorsement_para42()
    {
        var endorsement = await Assessed.MarkedAsync(
            app,
            "SW100002",
            knowledge: 27,
            observation: 30,
            written: 26,
            reflective: 31
        );
        await Assessed.ReleaseAsync(app, endorsement);
        var (review, tom) = await AskAndSupportAsync(
            endorsement,
            "tom.hughes@leeds.example",
            "ExtenuatingCircumstances"
        );
        var reviewer = await AssignAsync(review);
        var none = await Assessed.TextAsync(
            await reviewer.PostFormAsync(
                ReviewsLinks.ReviewerShow(review),
                Http.F(("Decision", "FreshAttempt"), ("Reasons", "Fire alarm during the test."))
            )
        );
        Assert.Contains("Select which elements are taken again", none);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await reviewer.PostFormAsync(
                    ReviewsLinks.ReviewerShow(review),
                    Http.F(
                        ("Decision", "FreshAttempt"),
                        ("FreshElements", "Knowledge"),
                        ("FreshElements", "Written"),
                        ("Reasons", "A fire alarm sounded twice during the test.")
                    )
                )
            ).StatusCode
        );
        Guid fresh;
        await using (var db = app.Db())
        {
            Assert.NotNull((await db.ResultReleases.SingleAsync(r => r.EndorsementId == endorsement)).SupersededAt);
            var e = await db.Endorsements.SingleAsync(x => x.RetakeOfId == endorsement);
            fresh = e.Id;
            Assert.Equal(EndorsementState.Agreed, e.State);
            Assert.Equal(review, e.FreshAttemptReviewId);
            Assert.Equal(["Knowledge", "Written"], e.RetakeElements);
            Assert.Null(e.SingleElementRetake);
            Assert.Equal(
                ["Reflective", "SimulatedObservation"],
                (
                    await db.ElementMarks.Where(m => m.EndorsementId == fresh).Select(m => m.Element).ToListAsync()
                ).Order()
            );
        }
        // No new endorsement was needed: Tom can book the knowledge test straight away.
        string choice;
        await using (var db = app.Db())
            choice =
                $"{(await db.TestWindows.Include(w => w.Blueprint).FirstAsync(w => !w.Blueprint!.IsPractice)).Id:N}|Remote";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await tom.PostFormAsync(
                    KnowledgeTestLinks.MeBook(),
                    Http.F(("Choice", choice)),
                    KnowledgeTestLinks.MeBook()
                )
            ).StatusCode
        );
        await using (var db = app.Db())
            Assert.Equal(
                fresh,
                (
                    await db.TestBookings.SingleAsync(b =>
                        b.SocialWorkerId == db.Endorsements.Single(x => x.Id == fresh).SocialWorkerId
                        && b.CancelledAt == null
                    )
                ).EndorsementId
            );
        Assert.Contains("fresh attempt", await Assessed.TextAsync(await tom.GetAsync(EligibilityLinks.Me())));
    }
}
