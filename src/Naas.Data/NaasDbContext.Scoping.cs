using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;

namespace Naas.Data;

/// <summary>The query filters that scope every query to the caller (ADR 0002), one method per capability. Each reads
/// the caller afresh on every query through the context's own scope properties.</summary>
public abstract partial class NaasDbContext
{
    private void ScopeWorkforce(ModelBuilder b)
    {
        b.Entity<SocialWorker>()
            .HasQueryFilter(p =>
                SeesEverything
                || p.Id == ScopeSocialWorkerId
                || p.Engagements.Any(e =>
                    e.OrganisationId == ScopeOrganisationId || e.AgencyOrganisationId == ScopeOrganisationId
                )
            );
        b.Entity<Engagement>()
            .HasQueryFilter(e =>
                SeesEverything
                || e.SocialWorkerId == ScopeSocialWorkerId
                || e.OrganisationId == ScopeOrganisationId
                || e.AgencyOrganisationId == ScopeOrganisationId
            );
        b.Entity<Accreditation>()
            .HasQueryFilter(a =>
                SeesEverything
                || a.SocialWorkerId == ScopeSocialWorkerId
                || a.SocialWorker!.Engagements.Any(e =>
                    e.OrganisationId == ScopeOrganisationId || e.AgencyOrganisationId == ScopeOrganisationId
                )
            );
    }

    private void ScopeEndorsement(ModelBuilder b)
    {
        b.Entity<Endorsement>()
            .HasQueryFilter(e =>
                SeesEverything || e.SocialWorkerId == ScopeSocialWorkerId || e.OrganisationId == ScopeOrganisationId
            );
    }

    private void ScopePlatform(ModelBuilder b)
    {
        b.Entity<ApiCredential>().HasQueryFilter(c => SeesEverything || c.OrganisationId == ScopeOrganisationId);
        b.Entity<Invitation>().HasQueryFilter(i => SeesEverything || i.OrganisationId == ScopeOrganisationId);
        // A social worker reads the changes that concern them, for their own history; which of those they are shown
        // (never a mark before release) is the change's own ForThePerson. Nobody else below the programme reads the
        // audit.
        b.Entity<AuditEvent>().HasQueryFilter(a => SeesEverything || a.SocialWorkerId == ScopeSocialWorkerId);
    }

    private void ScopeKnowledgeTest(ModelBuilder b)
    {
        // A candidate sees only their own sittings; employers see none of them (results come later, by consent).
        b.Entity<KnowledgeAttempt>().HasQueryFilter(a => SeesEverything || a.SocialWorkerId == ScopeSocialWorkerId);
        b.Entity<ReasonableAdjustment>().HasQueryFilter(a => SeesEverything || a.SocialWorkerId == ScopeSocialWorkerId);
        b.Entity<TestBooking>().HasQueryFilter(x => SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId);
    }

    private void ScopeMarkingAndResults(ModelBuilder b)
    {
        // Marks and released results: the candidate's own only. Employers reach results through consent (later).
        b.Entity<ElementMark>().HasQueryFilter(x => SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId);
        b.Entity<ResultRelease>().HasQueryFilter(x => SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId);
        // A marker sees their own assignments only. Evidence is the programme's (and, through a checked read, the
        // assigned reviewer's and marker's): nobody else's filter reaches it.
        b.Entity<MarkingAssignment>().HasQueryFilter(x => SeesEverything || x.AssessorUserId == ScopeUserId);
        b.Entity<MarkEvidence>().HasQueryFilter(x => SeesEverything);
    }

    private void ScopeStandardSetting(ModelBuilder b)
    {
        // Standard setting: a panellist sees their own place and their own ratings only; panels never see each other.
        b.Entity<Panellist>().HasQueryFilter(x => SeesEverything || x.UserId == ScopeUserId);
        b.Entity<PanelRating>().HasQueryFilter(x => SeesEverything || x.Panellist!.UserId == ScopeUserId);
    }

    private void ScopeReviewsAndReports(ModelBuilder b)
    {
        // Consents: the social worker's own, and an employer's own (which decides what the employer may read).
        // Reviews: the social worker's own, the endorsing employer's, and those assigned to the reviewer.
        b.Entity<ReviewRequest>()
            .HasQueryFilter(x =>
                SeesEverything
                || x.SocialWorkerId == ScopeSocialWorkerId
                || x.OrganisationId == ScopeOrganisationId
                || x.ReviewerUserId == ScopeUserId
            );
        b.Entity<ReportConsent>()
            .HasQueryFilter(x =>
                SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId || x.OrganisationId == ScopeOrganisationId
            );
    }

    private void ScopeReaccreditation(ModelBuilder b)
    {
        // CPD is the social worker's own; a re-accreditation is also the employer's it asks to endorse.
        b.Entity<CpdEntry>().HasQueryFilter(x => SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId);
        b.Entity<Reaccreditation>()
            .HasQueryFilter(x =>
                SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId || x.OrganisationId == ScopeOrganisationId
            );
    }

    private void ScopeDevelopmentPlans(ModelBuilder b)
    {
        // A development plan is the social worker's; the employer sees it once the social worker has sent it to them.
        b.Entity<DevelopmentPlan>()
            .HasQueryFilter(x =>
                SeesEverything
                || x.SocialWorkerId == ScopeSocialWorkerId
                || (x.OrganisationId == ScopeOrganisationId && x.SharedAt != null)
            );
        b.Entity<DevelopmentGoal>()
            .HasQueryFilter(x =>
                SeesEverything
                || x.Plan!.SocialWorkerId == ScopeSocialWorkerId
                || (x.Plan!.OrganisationId == ScopeOrganisationId && x.Plan!.SharedAt != null)
            );
    }

    private void ScopeAssessmentDays(ModelBuilder b)
    {
        // A candidate sees their own simulations only, and an observer the ones they observe; actors are the
        // programme's, and an observer reads their own record (their dates and conflicts) and no one else's. Centres,
        // rooms and days are public information.
        b.Entity<SimulationSession>()
            .HasQueryFilter(x =>
                SeesEverything
                || (x.SocialWorkerId != null && x.SocialWorkerId == ScopeSocialWorkerId)
                || Set<Observer>()
                    .Any(o =>
                        o.UserId != null
                        && o.UserId == ScopeUserId
                        && (o.Id == x.LeadObserverId || o.Id == x.SecondObserverId)
                    )
            );
        b.Entity<Actor>().HasQueryFilter(x => SeesEverything);
        // Incidents are read by the programme, and by the coordinator and reviewer across scope on their own authority.
        b.Entity<SessionIncident>().HasQueryFilter(x => SeesEverything);
        b.Entity<Observer>().HasQueryFilter(x => SeesEverything || (x.UserId != null && x.UserId == ScopeUserId));
        // A simulation's outcome is a mark: the programme's until results are released, and the candidate's own.
        b.Entity<SimulationOutcome>().HasQueryFilter(x => SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId);
        // A leader reads their own requests (the service shows the answers only in aggregate).
        b.Entity<FeedbackRequest>().HasQueryFilter(x => SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId);
        b.Entity<SimulationRecording>().HasQueryFilter(x => SeesEverything || x.SocialWorkerId == ScopeSocialWorkerId);
        // A reflective conversation's score is its observer's and the programme's, like a sheet; the candidate reads
        // it as the reflective element's mark once results are released.
        b.Entity<ReflectiveConversation>()
            .HasQueryFilter(x => SeesEverything || (x.Observer!.UserId != null && x.Observer.UserId == ScopeUserId));
        b.Entity<ReflectiveCriterionMark>()
            .HasQueryFilter(x =>
                SeesEverything
                || Set<ReflectiveConversation>()
                    .Any(c =>
                        c.Id == x.ConversationId && c.Observer!.UserId != null && c.Observer.UserId == ScopeUserId
                    )
            );
        // A sheet is its observer's (and the programme's); a candidate never reads one before results are released.
        b.Entity<ObservationSheet>()
            .HasQueryFilter(x => SeesEverything || (x.Observer!.UserId != null && x.Observer.UserId == ScopeUserId));
    }

    private void ScopeWritten(ModelBuilder b)
    {
        // A script is its candidate's and, blind, its assigned marker's (who reads it only through a projection that
        // carries no candidate); the criterion marks are the marker's until they become an element mark.
        b.Entity<WrittenSitting>()
            .HasQueryFilter(x =>
                SeesEverything
                || x.SocialWorkerId == ScopeSocialWorkerId
                || (x.MarkerUserId != null && x.MarkerUserId == ScopeUserId)
            );
        b.Entity<WrittenAnswer>()
            .HasQueryFilter(x =>
                SeesEverything
                || Set<WrittenSitting>()
                    .Any(s =>
                        s.Id == x.SittingId
                        && (
                            s.SocialWorkerId == ScopeSocialWorkerId
                            || (s.MarkerUserId != null && s.MarkerUserId == ScopeUserId)
                        )
                    )
            );
        b.Entity<WrittenCriterionMark>()
            .HasQueryFilter(x =>
                SeesEverything
                || Set<WrittenSitting>()
                    .Any(s => s.Id == x.SittingId && s.MarkerUserId != null && s.MarkerUserId == ScopeUserId)
            );
    }

    private void ScopeFairness(ModelBuilder b)
    {
        // Equality information is its person's alone: not the programme's (SeesEverything does not reach it), not an
        // employer's, marker's, observer's, reviewer's or panellist's. The fairness reports read it across scope in
        // one place (Features/Fairness/FairnessData.cs), only to count.
        b.Entity<EqualityRecord>().HasQueryFilter(x => x.SocialWorkerId == ScopeSocialWorkerId); // Guid.Empty for anyone not a social worker
    }
}
