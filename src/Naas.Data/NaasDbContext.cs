using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Naas.Data.Entities;

namespace Naas.Data;

/// <summary>The one database. Provider-specific subclasses carry their own migrations.</summary>
public abstract partial class NaasDbContext(DbContextOptions options, ICallerScopeSource scope)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options),
        IDataProtectionKeyContext
{
    public CallerScope Scope => scope.Current;

    // Read by the query filters each time a query runs. Guid.Empty (never an id) stands for "none", so that a
    // caller without an organisation can never match a row whose optional organisation is empty.
    private bool SeesEverything => Scope.SeesEverything;
    private Guid ScopeOrganisationId => Scope.OrganisationId ?? Guid.Empty;
    private Guid ScopeSocialWorkerId => Scope.SocialWorkerId ?? Guid.Empty;
    private Guid ScopeUserId => Scope.UserId ?? Guid.Empty;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<SocialWorker> SocialWorkers => Set<SocialWorker>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<Accreditation> Accreditations => Set<Accreditation>();
    public DbSet<Endorsement> Endorsements => Set<Endorsement>();
    public DbSet<Status> Statuses => Set<Status>();
    public DbSet<KnowledgeArea> KnowledgeAreas => Set<KnowledgeArea>();
    public DbSet<AssessmentModel> AssessmentModels => Set<AssessmentModel>();
    public DbSet<StatutoryFunction> StatutoryFunctions => Set<StatutoryFunction>();
    public DbSet<PolicySetting> PolicySettings => Set<PolicySetting>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ApiCredential> ApiCredentials => Set<ApiCredential>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<JourneyState> JourneyStates => Set<JourneyState>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<KnowledgeItem> KnowledgeItems => Set<KnowledgeItem>();
    public DbSet<KnowledgeItemVersion> KnowledgeItemVersions => Set<KnowledgeItemVersion>();
    public DbSet<KnowledgeBlueprint> KnowledgeBlueprints => Set<KnowledgeBlueprint>();
    public DbSet<KnowledgeAttempt> KnowledgeAttempts => Set<KnowledgeAttempt>();
    public DbSet<KnowledgeAnswer> KnowledgeAnswers => Set<KnowledgeAnswer>();
    public DbSet<ReasonableAdjustment> ReasonableAdjustments => Set<ReasonableAdjustment>();
    public DbSet<InvigilationNote> InvigilationNotes => Set<InvigilationNote>();
    public DbSet<KnowledgeItemEnemy> KnowledgeItemEnemies => Set<KnowledgeItemEnemy>();
    public DbSet<KnowledgeCase> KnowledgeCases => Set<KnowledgeCase>();
    public DbSet<TestWindow> TestWindows => Set<TestWindow>();
    public DbSet<TestBooking> TestBookings => Set<TestBooking>();
    public DbSet<ElementMark> ElementMarks => Set<ElementMark>();
    public DbSet<ResultRelease> ResultReleases => Set<ResultRelease>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<ReportConsent> ReportConsents => Set<ReportConsent>();
    public DbSet<StandardSettingExercise> StandardSettingExercises => Set<StandardSettingExercise>();
    public DbSet<Panellist> Panellists => Set<Panellist>();
    public DbSet<PanelRating> PanelRatings => Set<PanelRating>();
    public DbSet<ReviewRequest> ReviewRequests => Set<ReviewRequest>();
    public DbSet<CpdEntry> CpdEntries => Set<CpdEntry>();
    public DbSet<Reaccreditation> Reaccreditations => Set<Reaccreditation>();
    public DbSet<MarkingAssignment> MarkingAssignments => Set<MarkingAssignment>();
    public DbSet<MarkEvidence> MarkEvidence => Set<MarkEvidence>();
    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<DevelopmentGoal> DevelopmentGoals => Set<DevelopmentGoal>();
    public DbSet<Scenario> Scenarios => Set<Scenario>();
    public DbSet<ScenarioVersion> ScenarioVersions => Set<ScenarioVersion>();
    public DbSet<AssessmentCentre> AssessmentCentres => Set<AssessmentCentre>();
    public DbSet<CentreRoom> CentreRooms => Set<CentreRoom>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<Observer> Observers => Set<Observer>();
    public DbSet<AssessmentDay> AssessmentDays => Set<AssessmentDay>();
    public DbSet<SimulationSession> SimulationSessions => Set<SimulationSession>();
    public DbSet<ObservationSheet> ObservationSheets => Set<ObservationSheet>();
    public DbSet<SimulationOutcome> SimulationOutcomes => Set<SimulationOutcome>();
    public DbSet<SimulationRecording> SimulationRecordings => Set<SimulationRecording>();
    public DbSet<SessionIncident> SessionIncidents => Set<SessionIncident>();
    public DbSet<FeedbackRequest> FeedbackRequests => Set<FeedbackRequest>();
    public DbSet<WrittenExerciseVersion> WrittenExercises => Set<WrittenExerciseVersion>();
    public DbSet<WrittenSitting> WrittenSittings => Set<WrittenSitting>();
    public DbSet<WrittenAnswer> WrittenAnswers => Set<WrittenAnswer>();
    public DbSet<WrittenCriterionMark> WrittenCriterionMarks => Set<WrittenCriterionMark>();
    public DbSet<ReflectiveGuide> ReflectiveGuides => Set<ReflectiveGuide>();
    public DbSet<ReflectiveConversation> ReflectiveConversations => Set<ReflectiveConversation>();
    public DbSet<ReflectiveCriterionMark> ReflectiveCriterionMarks => Set<ReflectiveCriterionMark>();
    public DbSet<EqualityRecord> EqualityRecords => Set<EqualityRecord>();
    public DbSet<AnalysisRun> AnalysisRuns => Set<AnalysisRun>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.ApplyConfigurationsFromAssembly(typeof(NaasDbContext).Assembly);
        // Ids are made in code (Guid v7), so an entity reached through a navigation is new, not "already saved".
        foreach (var key in b.Model.GetEntityTypes().SelectMany(t => t.GetKeys()).Where(k => k.IsPrimaryKey()))
        foreach (var prop in key.Properties.Where(p => p.ClrType == typeof(Guid) && p.Name == "Id"))
            prop.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;

        // Scoping: every query is filtered to what the caller may see, capability by capability
        // (NaasDbContext.Scoping.cs).
        ScopeWorkforce(b);
        ScopeEndorsement(b);
        ScopePlatform(b);
        ScopeKnowledgeTest(b);
        ScopeMarkingAndResults(b);
        ScopeStandardSetting(b);
        ScopeReviewsAndReports(b);
        ScopeReaccreditation(b);
        ScopeDevelopmentPlans(b);
        ScopeAssessmentDays(b);
        ScopeWritten(b);
        ScopeFairness(b);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EnsureAudited();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        EnsureAudited();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Refuses to save a change to an audited entity unless an audit record is saved with it, so the
    /// rule "every change audited in the same transaction" cannot be forgotten page by page.</summary>
    private void EnsureAudited()
    {
        var changed = ChangeTracker
            .Entries<IAudited>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.GetType().Name)
            .Distinct()
            .ToList();
        if (changed.Count == 0)
            return;
        if (!ChangeTracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added))
            throw new InvalidOperationException(
                $"Changes to {string.Join(", ", changed)} must be saved with an audit record."
            );
    }

    /// <summary>Adds the audit record for a change; it is saved in the same SaveChanges, so the same
    /// transaction.</summary>
    public AuditEvent Record(AuditedChange change, Guid? organisationId = null, DateTimeOffset? at = null)
    {
        var e = new AuditEvent
        {
            OccurredAt = at ?? DateTimeOffset.UtcNow,
            ActorUserId = Scope.UserId,
            ActorName = Scope.ActorName,
            OrganisationId = organisationId ?? Scope.OrganisationId,
            SubjectType = change.SubjectType,
            SubjectId = change.SubjectId,
            Action = change.Action,
            Summary = change.Summary(),
            Reason = change.GivenReason,
            EventType = change.GetType().Name,
            Payload = AuditPayload.Write(change),
            SocialWorkerId = change.Concerns,
        };
        AuditEvents.Add(e);
        return e;
    }
}

public sealed class SqliteNaasDbContext(DbContextOptions<SqliteNaasDbContext> options, ICallerScopeSource scope)
    : NaasDbContext(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder c)
    {
        // SQLite cannot order or compare DateTimeOffset or decimal natively; store them as sortable numbers.
        c.Properties<DateTimeOffset>()
            .HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        c.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class PostgresNaasDbContext(DbContextOptions<PostgresNaasDbContext> options, ICallerScopeSource scope)
    : NaasDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        // PostgreSQL can query inside a change's payload; SQLite keeps the same JSON as text.
        b.Entity<AuditEvent>().Property(a => a.Payload).HasColumnType("jsonb");
    }
}
