using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Naas.Data.Entities;

namespace Naas.Data.Mappings;

public sealed class OrganisationMapping : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(200);
        b.HasIndex(o => o.Name).IsUnique();
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.Region).HasMaxLength(60);
        b.Property(o => o.Cohort).HasMaxLength(100);
        b.Property(o => o.Members).HasMaxLength(500);
    }
}

public sealed class SocialWorkerMapping : IEntityTypeConfiguration<SocialWorker>
{
    public void Configure(EntityTypeBuilder<SocialWorker> b)
    {
        b.Property(p => p.GivenName).HasMaxLength(100);
        b.Property(p => p.FamilyName).HasMaxLength(100);
        b.Property(p => p.RegistrationNumber).HasMaxLength(12);
        b.HasIndex(p => p.RegistrationNumber).IsUnique();
        b.Property(p => p.Email).HasMaxLength(254);
        b.Property(p => p.Phone).HasMaxLength(30);
        b.Ignore(p => p.FullName);
    }
}

public sealed class EngagementMapping : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> b)
    {
        b.HasOne(e => e.SocialWorker).WithMany(p => p.Engagements).HasForeignKey(e => e.SocialWorkerId);
        b.HasOne(e => e.Organisation).WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.AgencyOrganisation).WithMany().HasForeignKey(e => e.AgencyOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.EmploymentType).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.RoleLevel).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.EntryRoute).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.FullTimeEquivalent).HasPrecision(4, 2);
        // Importing the same file twice must change nothing: an engagement is identified by person, place and start.
        b.HasIndex(e => new { e.SocialWorkerId, e.OrganisationId, e.Start }).IsUnique();
        b.HasMany(e => e.Functions).WithOne().HasForeignKey(f => f.EngagementId);
    }
}

public sealed class EngagementFunctionMapping : IEntityTypeConfiguration<EngagementFunction>
{
    public void Configure(EntityTypeBuilder<EngagementFunction> b)
    {
        b.HasKey(f => new { f.EngagementId, f.StatutoryFunctionId });
        b.HasOne(f => f.StatutoryFunction).WithMany().HasForeignKey(f => f.StatutoryFunctionId);
    }
}

public sealed class AccreditationMapping : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> b)
    {
        b.HasOne(a => a.SocialWorker).WithMany(p => p.Accreditations).HasForeignKey(a => a.SocialWorkerId);
        b.Property(a => a.CertificateNumber).HasMaxLength(20);
        b.HasIndex(a => a.CertificateNumber).IsUnique();
        b.Property(a => a.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.StatusReason).HasMaxLength(1000);
        b.HasIndex(a => a.StatusListIndex).IsUnique();
    }
}

public sealed class EndorsementMapping : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> b)
    {
        b.HasOne(e => e.SocialWorker).WithMany(p => p.Endorsements).HasForeignKey(e => e.SocialWorkerId);
        b.HasOne(e => e.Organisation).WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.State).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Judgement).HasMaxLength(4000);
        b.Property(e => e.Evidence).HasMaxLength(4000);
        b.Property(e => e.ExceptionReason).HasMaxLength(2000);
        b.Property(e => e.EligibilityAtEndorsement).HasMaxLength(2000);
        b.Property(e => e.EndorsedBy).HasMaxLength(200);
        b.Property(e => e.DeclineReason).HasMaxLength(2000);
        b.Property(e => e.WithdrawalReason).HasMaxLength(2000);
        b.HasIndex(e => new { e.OrganisationId, e.State });
        b.Property(e => e.RetakeElements).HasMaxLength(400);
        b.Property(e => e.SingleElementRetake).HasMaxLength(60);
    }
}

public sealed class StatusMapping : IEntityTypeConfiguration<Status>
{
    public void Configure(EntityTypeBuilder<Status> b)
    {
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => s.Level).IsUnique();
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Description).HasMaxLength(2000);
        b.HasMany(s => s.Areas).WithOne().HasForeignKey(a => a.StatusId);
    }
}

public sealed class KnowledgeAreaMapping : IEntityTypeConfiguration<KnowledgeArea>
{
    public void Configure(EntityTypeBuilder<KnowledgeArea> b)
    {
        b.Property(a => a.Title).HasMaxLength(300);
        b.HasIndex(a => new { a.StatusId, a.Number }).IsUnique();
    }
}

public sealed class AssessmentModelMapping : IEntityTypeConfiguration<AssessmentModel>
{
    public void Configure(EntityTypeBuilder<AssessmentModel> b)
    {
        b.HasOne(m => m.Status).WithMany().HasForeignKey(m => m.StatusId);
        b.HasIndex(m => new { m.StatusId, m.Version }).IsUnique();
        b.Property(m => m.Notes).HasMaxLength(2000);
        b.HasMany(m => m.Elements).WithOne().HasForeignKey(e => e.AssessmentModelId);
    }
}

public sealed class AssessmentModelElementMapping : IEntityTypeConfiguration<AssessmentModelElement>
{
    public void Configure(EntityTypeBuilder<AssessmentModelElement> b)
    {
        b.Property(e => e.Kind).HasMaxLength(60);
        b.Property(e => e.Description).HasMaxLength(1000);
    }
}

public sealed class StatutoryFunctionMapping : IEntityTypeConfiguration<StatutoryFunction>
{
    public void Configure(EntityTypeBuilder<StatutoryFunction> b)
    {
        b.Property(f => f.Code).HasMaxLength(60);
        b.HasIndex(f => f.Code).IsUnique();
        b.Property(f => f.Description).HasMaxLength(300);
        b.Property(f => f.RequiredStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Paragraph).HasMaxLength(20);
    }
}

public sealed class PolicySettingMapping : IEntityTypeConfiguration<PolicySetting>
{
    public void Configure(EntityTypeBuilder<PolicySetting> b)
    {
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(100);
    }
}

public sealed class AuditEventMapping : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.SubjectType).HasMaxLength(60);
        b.Property(a => a.Action).HasMaxLength(60);
        b.Property(a => a.Summary).HasMaxLength(4000);
        b.Property(a => a.Reason).HasMaxLength(2000);
        b.HasIndex(a => a.OccurredAt);
        b.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}

public sealed class ApplicationUserMapping : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
    }
}

public sealed class InvitationMapping : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.Email).HasMaxLength(254);
        b.Property(i => i.DisplayName).HasMaxLength(200);
        b.Property(i => i.Role).HasMaxLength(60);
        b.Property(i => i.TokenHash).HasMaxLength(100);
        b.HasIndex(i => i.TokenHash).IsUnique();
    }
}

public sealed class ApiCredentialMapping : IEntityTypeConfiguration<ApiCredential>
{
    public void Configure(EntityTypeBuilder<ApiCredential> b)
    {
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Prefix).HasMaxLength(20);
        b.HasIndex(c => c.Prefix).IsUnique();
        b.Property(c => c.SecretHash).HasMaxLength(100);
    }
}

public sealed class OutboxMessageMapping : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.Kind).HasMaxLength(30);
        b.Property(m => m.Recipient).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => m.ProcessedAt);
    }
}

public sealed class JourneyStateMapping : IEntityTypeConfiguration<JourneyState>
{
    public void Configure(EntityTypeBuilder<JourneyState> b)
    {
        b.Property(j => j.Kind).HasMaxLength(100);
        b.HasIndex(j => new { j.UserId, j.Kind });
    }
}

public sealed class KnowledgeItemMapping : IEntityTypeConfiguration<KnowledgeItem>
{
    public void Configure(EntityTypeBuilder<KnowledgeItem> b)
    {
        b.Property(i => i.Reference).HasMaxLength(20);
        b.HasIndex(i => i.Reference).IsUnique();
        b.HasMany(i => i.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ItemId);
        b.HasMany(i => i.Enemies).WithOne().HasForeignKey(e => e.ItemId);
    }
}

public sealed class KnowledgeItemEnemyMapping : IEntityTypeConfiguration<KnowledgeItemEnemy>
{
    public void Configure(EntityTypeBuilder<KnowledgeItemEnemy> b)
    {
        b.HasKey(e => new { e.ItemId, e.EnemyItemId });
        b.HasOne<KnowledgeItem>().WithMany().HasForeignKey(e => e.EnemyItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class KnowledgeCaseMapping : IEntityTypeConfiguration<KnowledgeCase>
{
    public void Configure(EntityTypeBuilder<KnowledgeCase> b)
    {
        b.Property(c => c.Reference).HasMaxLength(20);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Text).HasMaxLength(8000);
        b.Property(c => c.MediaKey).HasMaxLength(200);
        b.Property(c => c.MediaContentType).HasMaxLength(100);
        b.Property(c => c.Transcript).HasMaxLength(20000);
        b.Property(c => c.CaptionsKey).HasMaxLength(200);
    }
}

public sealed class TestWindowMapping : IEntityTypeConfiguration<TestWindow>
{
    public void Configure(EntityTypeBuilder<TestWindow> b)
    {
        b.HasOne(w => w.Blueprint).WithMany().HasForeignKey(w => w.BlueprintId);
        b.Property(w => w.Centres).HasMaxLength(2000);
        b.Ignore(w => w.Locations);
    }
}

public sealed class TestBookingMapping : IEntityTypeConfiguration<TestBooking>
{
    public void Configure(EntityTypeBuilder<TestBooking> b)
    {
        b.HasOne(x => x.Window).WithMany().HasForeignKey(x => x.WindowId);
        b.HasOne(x => x.Endorsement).WithMany().HasForeignKey(x => x.EndorsementId);
        b.HasIndex(x => new { x.SocialWorkerId, x.CancelledAt });
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.AdjustmentRequest).HasMaxLength(2000);
    }
}

public sealed class KnowledgeItemVersionMapping : IEntityTypeConfiguration<KnowledgeItemVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeItemVersion> b)
    {
        b.HasIndex(v => new { v.ItemId, v.Version }).IsUnique();
        b.HasIndex(v => new { v.Status, v.AreaId });
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(v => v.AppliedFor).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.ScoringRule).HasConversion<string>().HasMaxLength(20);
        b.HasOne(v => v.Area).WithMany().HasForeignKey(v => v.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.Setting).HasMaxLength(60);
        b.Property(v => v.Stem).HasMaxLength(4000);
        b.Property(v => v.Options).HasMaxLength(4000);
        b.Property(v => v.Key).HasMaxLength(2000);
        b.Property(v => v.Rationale).HasMaxLength(4000);
        b.Property(v => v.References).HasMaxLength(2000);
        b.Property(v => v.Rating).HasPrecision(5, 4);
        b.Property(v => v.AuthorName).HasMaxLength(200);
        b.Property(v => v.ReviewerName).HasMaxLength(200);
        b.HasOne(v => v.Case).WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class KnowledgeBlueprintMapping : IEntityTypeConfiguration<KnowledgeBlueprint>
{
    public void Configure(EntityTypeBuilder<KnowledgeBlueprint> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Cells).HasMaxLength(4000);
        b.Property(x => x.PassMarkTolerance).HasPrecision(6, 3);
    }
}

public sealed class KnowledgeAttemptMapping : IEntityTypeConfiguration<KnowledgeAttempt>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttempt> b)
    {
        b.HasOne(x => x.Blueprint).WithMany().HasForeignKey(x => x.BlueprintId);
        b.Property(x => x.ItemVersionIds).HasMaxLength(8000);
        b.Property(x => x.Subscores).HasMaxLength(4000);
        b.Property(x => x.PassMark).HasPrecision(8, 4);
        b.Property(x => x.Score).HasPrecision(8, 4);
        b.Property(x => x.MaxScore).HasPrecision(8, 4);
        b.Ignore(x => x.Items);
        b.Ignore(x => x.EndsAt);
        b.HasIndex(x => new { x.SocialWorkerId, x.SubmittedAt });
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(a => a.AttemptId);
        b.HasMany(x => x.Notes).WithOne().HasForeignKey(n => n.AttemptId);
        b.Property(x => x.Location).HasMaxLength(200);
    }
}

public sealed class KnowledgeAnswerMapping : IEntityTypeConfiguration<KnowledgeAnswer>
{
    public void Configure(EntityTypeBuilder<KnowledgeAnswer> b)
    {
        b.HasIndex(x => new { x.AttemptId, x.Position }).IsUnique();
        b.Property(x => x.Response).HasMaxLength(4000);
    }
}

public sealed class ReasonableAdjustmentMapping : IEntityTypeConfiguration<ReasonableAdjustment>
{
    public void Configure(EntityTypeBuilder<ReasonableAdjustment> b)
    {
        b.HasIndex(x => x.SocialWorkerId).IsUnique();
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.AgreedBy).HasMaxLength(200);
    }
}

public sealed class InvigilationNoteMapping : IEntityTypeConfiguration<InvigilationNote>
{
    public void Configure(EntityTypeBuilder<InvigilationNote> b)
    {
        b.Property(x => x.By).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}

public sealed class ElementMarkMapping : IEntityTypeConfiguration<ElementMark>
{
    public void Configure(EntityTypeBuilder<ElementMark> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.Source).HasMaxLength(100);
        b.Property(x => x.RecordedBy).HasMaxLength(200);
        b.Property(x => x.Feedback).HasMaxLength(4000);
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Score).HasPrecision(8, 4);
        b.Property(x => x.Max).HasPrecision(8, 4);
        b.Property(x => x.PassMark).HasPrecision(8, 4);
        b.HasIndex(x => new { x.EndorsementId, x.Element });
    }
}

public sealed class ResultReleaseMapping : IEntityTypeConfiguration<ResultRelease>
{
    public void Configure(EntityTypeBuilder<ResultRelease> b)
    {
        b.Property(x => x.Outcome).HasMaxLength(20);
        b.Property(x => x.RetakeElement).HasMaxLength(60);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.ReleasedBy).HasMaxLength(200);
        // One release per assessment, enforced by the database: two administrators pressing "release" at once
        // cannot award two accreditations. A retake follows a new endorsement, so it gets its own release; a
        // re-mark on review supersedes the release it replaces.
        b.HasIndex(x => x.EndorsementId).IsUnique().HasFilter("\"SupersededAt\" IS NULL");
        b.Property(x => x.SupersededReason).HasMaxLength(500);
    }
}

public sealed class ReviewRequestMapping : IEntityTypeConfiguration<ReviewRequest>
{
    public void Configure(EntityTypeBuilder<ReviewRequest> b)
    {
        b.Property(x => x.Ground).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Statement).HasMaxLength(4000);
        b.Property(x => x.EmployerStatement).HasMaxLength(4000);
        b.Property(x => x.EmployerRespondedBy).HasMaxLength(200);
        b.Property(x => x.ReviewerName).HasMaxLength(200);
        b.Property(x => x.DecisionReasons).HasMaxLength(4000);
        // One review per release, enforced by the database.
        b.HasIndex(x => x.ReleaseId).IsUnique();
        b.HasIndex(x => x.State);
    }
}

public sealed class CpdEntryMapping : IEntityTypeConfiguration<CpdEntry>
{
    public void Configure(EntityTypeBuilder<CpdEntry> b)
    {
        b.Property(x => x.Hours).HasPrecision(6, 2);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasOne(x => x.KnowledgeArea).WithMany().HasForeignKey(x => x.KnowledgeAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SocialWorkerId, x.Date });
    }
}

public sealed class ReaccreditationMapping : IEntityTypeConfiguration<Reaccreditation>
{
    public void Configure(EntityTypeBuilder<Reaccreditation> b)
    {
        b.Property(x => x.CpdHours).HasPrecision(8, 2);
        b.Property(x => x.EmployerEndorsedBy).HasMaxLength(200);
        b.Property(x => x.ShortAssessmentScore).HasPrecision(10, 2);
        b.Property(x => x.ShortAssessmentMax).HasPrecision(10, 2);
        b.Property(x => x.ShortAssessmentPassMark).HasPrecision(10, 2);
        b.Property(x => x.ShortAssessmentRecordedBy).HasMaxLength(200);
        b.Property(x => x.ClosedReason).HasMaxLength(500);
        b.Ignore(x => x.ShortAssessmentPassed);
        b.Property(x => x.EmployerStatement).HasMaxLength(4000);
        b.HasIndex(x => x.AccreditationId);
        b.HasIndex(x => x.OrganisationId);
    }
}

public sealed class MarkingAssignmentMapping : IEntityTypeConfiguration<MarkingAssignment>
{
    public void Configure(EntityTypeBuilder<MarkingAssignment> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.AssessorName).HasMaxLength(200);
        b.Property(x => x.AssignedBy).HasMaxLength(200);
        // One marker per element of an assessment; reassigning replaces the row, audited.
        b.HasIndex(x => new { x.EndorsementId, x.Element }).IsUnique();
        b.HasIndex(x => x.AssessorUserId);
    }
}

public sealed class MarkEvidenceMapping : IEntityTypeConfiguration<MarkEvidence>
{
    public void Configure(EntityTypeBuilder<MarkEvidence> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.StorageKey).HasMaxLength(200);
        b.Property(x => x.UploadedBy).HasMaxLength(200);
        b.HasIndex(x => new { x.EndorsementId, x.Element });
    }
}

public sealed class DevelopmentPlanMapping : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> b)
    {
        b.Property(x => x.EmployerAgreedBy).HasMaxLength(200);
        b.Property(x => x.EmployerComment).HasMaxLength(4000);
        // One plan per assessment.
        b.HasIndex(x => x.EndorsementId).IsUnique();
        b.HasIndex(x => x.OrganisationId);
        b.HasMany(x => x.Goals).WithOne(x => x.Plan).HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DevelopmentGoalMapping : IEntityTypeConfiguration<DevelopmentGoal>
{
    public void Configure(EntityTypeBuilder<DevelopmentGoal> b)
    {
        b.Property(x => x.Area).HasMaxLength(200);
        b.Property(x => x.Action).HasMaxLength(2000);
        b.Property(x => x.Support).HasMaxLength(2000);
        b.Property(x => x.Progress).HasMaxLength(20);
        b.Property(x => x.ProgressNote).HasMaxLength(2000);
        b.Property(x => x.UpdatedBy).HasMaxLength(200);
    }
}

public sealed class SigningKeyMapping : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> b)
    {
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.Algorithm).HasMaxLength(10);
        b.Property(x => x.PublicJwk).HasMaxLength(2000);
        b.Property(x => x.ProtectedPrivateKey).HasMaxLength(8000);
    }
}

public sealed class ReportConsentMapping : IEntityTypeConfiguration<ReportConsent>
{
    public void Configure(EntityTypeBuilder<ReportConsent> b) => b.HasIndex(x => new { x.SocialWorkerId, x.OrganisationId });
}

public sealed class StandardSettingExerciseMapping : IEntityTypeConfiguration<StandardSettingExercise>
{
    public void Configure(EntityTypeBuilder<StandardSettingExercise> b)
    {
        b.Property(x => x.Element).HasMaxLength(60);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Criteria).HasMaxLength(4000);
        b.Property(x => x.CreatedBy).HasMaxLength(200);
        b.Property(x => x.AdoptedBy).HasMaxLength(200);
        b.Property(x => x.AdoptedRationale).HasMaxLength(4000);
        b.Property(x => x.AdoptedPassMark).HasPrecision(10, 4);
        b.HasMany(x => x.Panellists).WithOne(p => p.Exercise).HasForeignKey(p => p.ExerciseId);
    }
}

public sealed class PanellistMapping : IEntityTypeConfiguration<Panellist>
{
    public void Configure(EntityTypeBuilder<Panellist> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasIndex(x => new { x.ExerciseId, x.UserId }).IsUnique(); // one panel per person per exercise
    }
}

public sealed class PanelRatingMapping : IEntityTypeConfiguration<PanelRating>
{
    public void Configure(EntityTypeBuilder<PanelRating> b)
    {
        b.Property(x => x.Unit).HasMaxLength(64);
        b.Property(x => x.Value).HasPrecision(8, 4);
        b.HasOne(x => x.Panellist).WithMany().HasForeignKey(x => x.PanellistId);
        b.HasIndex(x => new { x.PanellistId, x.Round, x.Unit }).IsUnique();
    }
}
